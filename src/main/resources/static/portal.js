// Portal behaviour, served as a file so that the Content-Security-Policy allows no inline script.
document.querySelectorAll('form[data-once]').forEach(function (f) {
  f.addEventListener('submit', function () {
    f.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; b.textContent = 'Mengirim…'; });
  });
});
// lists such as heirs: show the rows in use (at least the minimum) and add more on request;
// without JavaScript every row stays visible
document.querySelectorAll('fieldset.rows').forEach(function (set) {
  var rows = Array.prototype.slice.call(set.querySelectorAll('.list-row'));
  var add = set.querySelector('.add-row');
  var shown = parseInt(set.getAttribute('data-min-rows'), 10) || 1;
  rows.forEach(function (row, i) {
    var used = Array.prototype.some.call(row.querySelectorAll('input, select'), function (e) { return e.value; });
    if (used) { shown = Math.max(shown, i + 1); }
  });
  function update() {
    rows.forEach(function (row, i) { row.hidden = i >= shown; });
    add.hidden = shown >= rows.length;
  }
  add.addEventListener('click', function () {
    shown++;
    update();
    var first = rows[shown - 1].querySelector('input, select');
    if (first) { first.focus(); }
  });
  update();
});
// a form that asks before it acts (cancellation, deleting a holiday)
document.querySelectorAll('form[data-confirm]').forEach(function (f) {
  f.addEventListener('submit', function (event) {
    if (!window.confirm(f.getAttribute('data-confirm'))) { event.preventDefault(); }
  });
});
// a form sent back with errors: focus goes to the summary, so a screen reader reads it first and the keyboard
// starts there; each of its links takes the focus to the field it names (a group: its first input)
(function () {
  var summary = document.getElementById('error-summary');
  if (!summary) { return; }
  summary.focus();
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    var target = link && document.getElementById(link.getAttribute('href').slice(1));
    if (!target) { return; }
    event.preventDefault();
    var field = target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea');
    var label = field && document.querySelector('label[for="' + field.id + '"]');
    (label || target).scrollIntoView();
    (field || target).focus({preventScroll: true});
  });
})();
// the receipt is shown: what the application form kept in this tab against a dropped connection can go
if (document.querySelector('main[data-receipt]')) {
  Object.keys(sessionStorage).forEach(function (k) { if (k.indexOf('draft:') === 0) { sessionStorage.removeItem(k); } });
}
