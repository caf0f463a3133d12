// The application and correction forms on a phone (issue 17). Photos are made small in the browser (long edge
// 2000 px, orientation applied, location and every other metadata dropped by re-encoding) and, on the application
// form, sent one by one as soon as they are chosen, so that a dropped connection costs only the file in flight.
// Everything typed is kept in this tab (sessionStorage) until the receipt is shown. Without this script the form
// still works: the files go with the form and the server does the same shrinking.
(function () {
  'use strict';
  var MAX_EDGE = 2000, QUALITY = 0.85, MAX_PHOTOS = 4, MAX_PDF = 2 * 1024 * 1024, THUMB = 240;
  var form = document.querySelector('form[data-draft]');
  if (!form) { return; }
  var storeKey = 'draft:' + location.pathname;
  var uploadUrl = form.getAttribute('data-upload');
  var keyInput = form.querySelector('input[name=idempotencyKey]');
  var submit = form.querySelector('button[type=submit]');
  var draft = load() || {fields: {}, files: {}};
  var scans = [];
  var sending = false;

  function load() {
    try { return JSON.parse(sessionStorage.getItem(storeKey)); } catch (e) { return null; }
  }
  function save() {
    draft.key = keyInput ? keyInput.value : null;
    draft.files = {};
    scans.forEach(function (s) {
      draft.files[s.req] = s.items.filter(function (i) { return i.id; })
        .map(function (i) { return {id: i.id, name: i.name, thumb: i.thumb, pdf: i.pdf}; });
    });
    try { sessionStorage.setItem(storeKey, JSON.stringify(draft)); } catch (e) { /* full: the form still works */ }
  }
  function fields() {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.name && !/^(file|hidden|submit|button|password)$/.test(e.type);
    });
  }

  // 1. what was typed comes back after a reload or a failed send; the server's own values win where it gave any
  fields().forEach(function (e) {
    var kept = draft.fields[draftName(e)];
    if (kept === undefined) { return; }
    if (e.type === 'checkbox') {
      e.checked = kept === 'on';
    } else if (e.type === 'radio') {
      if (!form.querySelector('[name="' + e.name + '"]:checked')) { e.checked = kept === e.value; }
    } else if (!e.value) {
      e.value = kept;
    }
  });
  // a stale form got a new key from the server: files staged under the old key are gone with it; otherwise the
  // draft's key and files are used, and checked with the server below (the session may have ended meanwhile)
  var pageKey = keyInput ? keyInput.value : null;
  var recheck = false;
  if (form.getAttribute('data-stale') === 'true') {
    draft.files = {};
  } else if (keyInput && draft.key && uploadUrl && draft.key !== pageKey) {
    keyInput.value = draft.key;
    recheck = true;
  }
  form.addEventListener('input', remember);
  form.addEventListener('change', remember);
  function remember(event) {
    var e = event.target;
    if (!e.name || e.type === 'file') { return; }
    draft.fields[draftName(e)] = e.type === 'checkbox' ? (e.checked ? 'on' : '')
      : e.type === 'radio' ? (e.checked ? e.value : '') : e.value;
    save();
  }
  // boxes of one name (the channels to use) are kept one by one
  function draftName(e) {
    return e.type === 'checkbox' ? e.name + '=' + e.value : e.name;
  }

  // 2. photos: shrunk in the browser; PDFs as they are
  function shrink(file) {
    if (!/^image\//.test(file.type) || !window.createImageBitmap) { return Promise.resolve({file: file}); }
    return createImageBitmap(file, {imageOrientation: 'from-image'}).then(function (bitmap) {
      var scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
      var big = draw(bitmap, scale), small = draw(bitmap, Math.min(1, THUMB / Math.max(bitmap.width, bitmap.height)));
      if (bitmap.close) { bitmap.close(); }
      return new Promise(function (done) {
        big.toBlob(function (blob) {
          done({file: blob ? new File([blob], file.name.replace(/\.[^.]*$/, '') + '.jpg', {type: 'image/jpeg'}) : file,
            thumb: small.toDataURL('image/jpeg', 0.7)});
        }, 'image/jpeg', QUALITY);
      });
    }).catch(function () {
      // a format this browser cannot draw goes as it is; the server says whether it can read it
      return {file: file};
    });
  }
  function draw(bitmap, scale) {
    var canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    var g = canvas.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.imageSmoothingQuality = 'high';
    g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return canvas;
  }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) { e.textContent = text; }
    return e;
  }
  function kb(bytes) { return bytes > 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.round(bytes / 1024) + ' KB'; }

  form.querySelectorAll('.scan').forEach(function (box) {
    var scan = {box: box, req: box.getAttribute('data-requirement'), name: box.getAttribute('data-name'),
      input: box.querySelector('input[type=file]'), items: []};
    scans.push(scan);
    scan.error = box.querySelector('.error') || box.appendChild(el('p', {'class': 'error', id: scan.req + '-error'}));
    scan.status = box.appendChild(el('p', {'class': 'hint', role: 'status'}));
    if (!uploadUrl) {
      // the correction form sends its files with the form: replace the chosen files by their small copies
      scan.input.addEventListener('change', function () {
        var chosen = Array.prototype.slice.call(scan.input.files);
        if (!chosen.length || !window.DataTransfer) { return; }
        scan.status.textContent = 'Memperkecil foto…';
        Promise.all(chosen.map(shrink)).then(function (done) {
          var list = new DataTransfer();
          done.forEach(function (d) { list.items.add(d.file); });
          scan.input.files = list.files;
          scan.status.textContent = done.length + ' berkas siap dikirim (' + kb(done.reduce(function (n, d) {
            return n + d.file.size; }, 0)) + ').';
        });
      });
      return;
    }
    // the application form: each file goes on its own, the form names them by id in a hidden field
    scan.input.removeAttribute('name');
    scan.field = box.appendChild(el('input', {type: 'hidden', name: 'staged.' + scan.req}));
    // two buttons instead of the browser's own file field: the camera, and the gallery or files
    var camera = el('input', {type: 'file', accept: 'image/*', capture: 'environment', id: scan.req + '-camera',
      'class': 'visually-hidden', 'aria-describedby': 'files-hint'});
    box.insertBefore(camera, scan.input);
    box.insertBefore(el('label', {'for': scan.req + '-camera', 'class': 'button secondary pick'},
      'Ambil foto dengan kamera'), scan.input);
    scan.input.classList.add('visually-hidden');
    box.insertBefore(el('label', {'for': scan.req, 'class': 'button secondary pick'}, 'Pilih foto atau PDF'),
      scan.input.nextSibling);
    scan.list = box.insertBefore(el('ol', {'class': 'photos', 'aria-label': 'Berkas ' + scan.name}), scan.error);
    [scan.input, camera].forEach(function (input) {
      input.addEventListener('change', function () {
        add(scan, Array.prototype.slice.call(input.files));
        input.value = '';
      });
    });
    (draft.files[scan.req] || []).forEach(function (kept) {
      scan.items.push({id: kept.id, name: kept.name, thumb: kept.thumb, pdf: kept.pdf, state: 'done'});
    });
    render(scan);
  });
  if (form.getAttribute('data-stale') !== 'true' && Object.keys(draft.files).some(function (k) {
    return draft.files[k].length; })) {
    var note = document.getElementById('file-note');
    if (note) { note.hidden = true; }
  }
  save();
  if (recheck) { confirmDraft(); }

  function confirmDraft() {
    var ask = new URLSearchParams();
    ask.append('idempotencyKey', keyInput.value);
    scans.forEach(function (s) { s.items.forEach(function (i) { if (i.id) { ask.append('ids', i.id); } }); });
    fetch(form.getAttribute('data-check'), {method: 'POST', body: ask, credentials: 'same-origin'})
      .then(function (answer) { return answer.json(); })
      .then(function (answer) {
        if (!answer.form) { keyInput.value = pageKey; }
        scans.forEach(function (s) {
          var before = s.items.length;
          s.items = s.items.filter(function (i) { return !i.id || (answer.form && answer.kept.indexOf(i.id) >= 0); });
          if (s.items.length < before) {
            fail(s, 'Berkas yang diunggah sebelumnya untuk ' + s.name + ' sudah kedaluwarsa; pilih ulang.');
          }
          render(s);
        });
        save();
      })
      .catch(function () { /* offline: the draft stays as it is; sending tells what is missing */ });
  }

  function add(scan, files) {
    files.forEach(function (file) {
      var pdf = file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
      var hasPdf = scan.items.some(function (i) { return i.pdf; });
      if ((pdf && scan.items.length) || (!pdf && hasPdf)) {
        return fail(scan, file.name + ': PDF harus sendiri. Hapus berkas yang ada dulu, atau kirim foto saja.');
      }
      if (scan.items.length >= MAX_PHOTOS) {
        return fail(scan, file.name + ': paling banyak ' + MAX_PHOTOS + ' foto untuk ' + scan.name + '.');
      }
      if (pdf && file.size > MAX_PDF) {
        return fail(scan, file.name + ': PDF lebih dari 2 MB. Pindai ulang dengan resolusi lebih kecil, atau kirim foto.');
      }
      var item = {name: file.name, pdf: pdf, state: 'preparing'};
      scan.items.push(item);
      render(scan);
      shrink(file).then(function (done) {
        item.file = done.file;
        item.thumb = done.thumb;
        send(scan, item);
      });
    });
  }

  function send(scan, item) {
    if (scan.items.indexOf(item) < 0) { return; }
    item.state = 'uploading';
    item.progress = 0;
    render(scan);
    var data = new FormData();
    data.append('idempotencyKey', keyInput.value);
    data.append(scan.req, item.file, item.file.name || item.name);
    var x = new XMLHttpRequest();
    x.open('POST', uploadUrl);
    x.timeout = 180000;
    x.upload.onprogress = function (e) {
      if (e.lengthComputable) { item.progress = Math.round(100 * e.loaded / e.total); progress(scan, item); }
    };
    x.onload = function () {
      var answer = {};
      try { answer = JSON.parse(x.responseText); } catch (e) { /* not ours: a proxy's page */ }
      if (x.status === 201) {
        item.id = answer.id;
        item.state = 'done';
        item.file = null;
        scan.status.textContent = item.name + ' terunggah.';
      } else {
        item.state = 'refused';
        item.message = answer.message || ('Berkas ditolak (kode ' + x.status + '). Coba foto lain.');
      }
      render(scan);
      save();
      sendWhenReady(false);
    };
    x.onerror = x.ontimeout = function () {
      item.state = 'offline';
      render(scan);
      later(function () { send(scan, item); }, item);
    };
    x.send(data);
  }

  // a dropped connection: try again when the phone says it is back, or after a growing pause
  function later(retry, item) {
    item.wait = Math.min(60000, (item.wait || 2500) * 2);
    var done = false;
    function go() {
      if (done) { return; }
      done = true;
      window.removeEventListener('online', go);
      retry();
    }
    window.addEventListener('online', go);
    setTimeout(go, item.wait);
  }

  function fail(scan, message) {
    scan.error.textContent = message;
    scan.box.classList.add('invalid');
    scan.input.setAttribute('aria-invalid', 'true');
    scan.input.setAttribute('aria-describedby', 'files-hint ' + scan.error.id);
  }

  function render(scan) {
    var problems = [];
    scan.list.textContent = '';
    scan.items.forEach(function (item, i) {
      var li = scan.list.appendChild(el('li', {'class': 'photo ' + item.state}));
      var label = (item.pdf ? 'PDF ' : 'Foto ' + (i + 1) + ' ') + scan.name;
      if (item.thumb) { li.appendChild(el('img', {src: item.thumb, alt: label, width: 80})); }
      var text = li.appendChild(el('span', {'class': 'what'}, label + ' — ' + item.name));
      var state = {preparing: 'Memperkecil…', uploading: 'Mengunggah…', done: 'Terunggah',
        offline: 'Koneksi terputus; dicoba lagi otomatis', refused: item.message}[item.state];
      text.appendChild(el('span', {'class': 'hint'}, state));
      if (item.state === 'uploading') {
        item.bar = li.appendChild(el('progress', {max: 100, value: item.progress || 0, 'aria-label': 'Unggah ' + label}));
      }
      if (item.state === 'refused') { problems.push(item.name + ': ' + item.message); }
      if (!item.pdf && i > 0) {
        button(li, '↑', 'Pindahkan ' + label + ' ke atas', function () { move(scan, i, -1); });
      }
      if (!item.pdf && i < scan.items.length - 1) {
        button(li, '↓', 'Pindahkan ' + label + ' ke bawah', function () { move(scan, i, 1); });
      }
      if (item.state === 'offline') {
        button(li, 'Coba lagi', 'Kirim lagi ' + label, function () { send(scan, item); });
      }
      button(li, 'Hapus', 'Hapus ' + label, function () {
        scan.items.splice(scan.items.indexOf(item), 1);
        render(scan);
        save();
        scan.input.focus();
      });
    });
    scan.field.value = scan.items.filter(function (i) { return i.id; }).map(function (i) { return i.id; }).join(',');
    if (problems.length) {
      fail(scan, problems.join(' '));
    } else if (scan.items.length) {
      scan.error.textContent = '';
      scan.box.classList.remove('invalid');
      scan.input.removeAttribute('aria-invalid');
    }
  }
  function progress(scan, item) {
    if (item.bar) { item.bar.value = item.progress; }
  }
  function button(li, text, label, action) {
    li.appendChild(el('button', {type: 'button', 'class': 'small', 'aria-label': label}, text))
      .addEventListener('click', action);
  }
  function move(scan, i, by) {
    var item = scan.items.splice(i, 1)[0];
    scan.items.splice(i + by, 0, item);
    render(scan);
    save();
    // the focus follows the moved photo
    var moved = scan.list.querySelectorAll('li')[i + by];
    (moved.querySelector('button[aria-label*="' + (by < 0 ? 'atas' : 'bawah') + '"]') || moved.querySelector('button')).focus();
  }

  // 3. sending (application form): by fetch, so that a dropped connection leaves the page and all it holds in
  // place. The correction form is sent as usual: its answer carries a one-time notice a fetch would swallow.
  if (!uploadUrl) { return; }
  var notice = form.insertBefore(el('div', {id: 'send-status', role: 'alert', 'class': 'alert info', hidden: ''}),
    submit ? submit.parentNode : null);
  function tell(message) {
    notice.textContent = message;
    notice.hidden = !message;
  }
  function ready(done) {
    if (submit) { submit.disabled = !done; submit.textContent = done ? submitText : 'Mengirim…'; }
  }
  var submitText = submit ? submit.textContent : '';
  var waiting = false;
  form.addEventListener('submit', function (event) {
    if (form.hasAttribute('data-native')) { return; }
    event.preventDefault();
    if (!sending) { sendWhenReady(true); }
  });
  // files still on their way: the form goes as soon as the last one has arrived
  function sendWhenReady(asked) {
    if (!asked && !waiting) { return; }
    var pending = [], refused = null;
    scans.forEach(function (s) {
      s.items.forEach(function (i) {
        if (i.state === 'refused' && !refused) { refused = s; }
        if (i.state !== 'done' && i.state !== 'refused') { pending.push(s.name); }
      });
    });
    if (refused) {
      waiting = false;
      ready(true);
      tell('Ada berkas yang ditolak: ' + refused.name + '. Hapus lalu pilih berkas lain.');
      refused.input.focus();
    } else if (pending.length) {
      waiting = true;
      ready(false);
      tell('Menunggu berkas selesai terunggah (' + pending.join(', ') + '); permohonan dikirim otomatis sesudahnya.');
    } else {
      waiting = false;
      post();
    }
  }
  function post() {
    sending = true;
    ready(false);
    tell('');
    fetch(form.action, {method: 'POST', body: new FormData(form), credentials: 'same-origin'}).then(function (answer) {
      if (answer.redirected && new URL(answer.url).pathname !== location.pathname) {
        sessionStorage.removeItem(storeKey);
        location.assign(answer.url);
        return;
      }
      // the server has something to say about the form (an error, a closed service): let it show the page itself
      form.setAttribute('data-native', '');
      HTMLFormElement.prototype.submit.call(form);
    }).catch(function () {
      sending = false;
      ready(true);
      tell('Koneksi terputus. Isian dan berkas Anda tetap tersimpan di HP ini; permohonan dikirim lagi otomatis '
        + 'saat koneksi kembali, atau tekan tombol kirim.');
      later(function () { if (!sending && !notice.hidden) { post(); } }, notice);
    });
  }
})();
