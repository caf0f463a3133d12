// The camat's service-level view in Cockpit (Layanan Kecamatan): on the dashboard, and as a tab on each process.
// Figures come from /api/v1/sla on the same server; the Cockpit login is accepted there. Text is Indonesian, in
// the words of the webapps' id.json (Tenggat for a due time, Penanggung jawab for an assignee).

const appRoot = document.querySelector("base").getAttribute("app-root") || "/camunda";
const apiBase = new URL("../api/v1/sla/", window.location.origin + appRoot + "/").pathname;

// the office's zone and its name (WIB, WITA, WIT) come with the figures: the camat may open Cockpit anywhere
function timeFormat(data) {
  const format = new Intl.DateTimeFormat("id-ID", {
    timeZone: data.timeZone, day: "numeric", month: "short", hour: "2-digit", minute: "2-digit"
  });
  return iso => iso ? format.format(new Date(iso)) + " " + data.timeZoneName : "-";
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child instanceof Node ? child : document.createTextNode(child ?? "")));
  return node;
}

function table(id, headers, rows) {
  if (!rows.length) {
    return el("p", { id, "class": "sla-empty" }, "Tidak ada.");
  }
  return el("table", { id, "class": "cam-table sla-table" },
    el("thead", {}, el("tr", {}, ...headers.map(h => el("th", {}, h)))),
    el("tbody", {}, ...rows.map(cells => el("tr", {}, ...cells.map(c => el("td", {}, c))))));
}

function instanceLink(item) {
  return el("a", { href: "#/process-instance/" + item.processInstanceId + "/runtime" }, item.registrationNumber);
}

function openItems(id, items, when) {
  return table(id, ["Permohonan", "Layanan", "Langkah", "Penanggung jawab", "Tenggat", "Terpakai"],
    items.map(i => [instanceLink(i), i.serviceName, i.stepName, i.holder, when(i.dueAt), i.percentUsed + " %"]));
}

function render(node, data, withRates) {
  const when = timeFormat(data);
  node.innerHTML = "";
  const summary = el("p", { "class": "sla-summary" },
    el("strong", { id: "sla-breached-count" }, String(data.breached.length)), " terlambat · ",
    el("strong", { id: "sla-at-risk-count" }, String(data.atRisk.length)), " berisiko terlambat · per ",
    when(data.generatedAt));
  node.append(summary,
    el("h4", {}, "Terlambat"), openItems("sla-breached", data.breached, when),
    el("h4", {}, "Berisiko terlambat (≥ 75 % waktu terpakai)"), openItems("sla-at-risk", data.atRisk, when));
  if (withRates) {
    node.append(el("h4", {}, "Ketepatan waktu bulan " + data.month + " per layanan"),
      table("sla-rates", ["Layanan", "Selesai", "Tepat waktu", "Persen"],
        data.onTimeThisMonth.map(r => [r.label, String(r.completed), String(r.onTime),
          r.ratePercent === null ? "-" : r.ratePercent + " %"])));
  }
  node.append(el("h4", {}, "Pekerjaan tertua per langkah"),
    table("sla-oldest", ["Langkah", "Permohonan", "Layanan", "Sejak", "Penanggung jawab"],
      data.oldestPerStep.map(i => [i.stepName, instanceLink(i), i.serviceName, when(i.startedAt), i.holder])));
}

// messages that never reached the citizen: never dropped silently, the camat sees them here (last 30 days)
function undelivered(node, when) {
  fetch(apiBase + "undelivered-messages", { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(response => response.ok ? response.json() : Promise.reject(new Error("HTTP " + response.status)))
    .then(items => node.append(el("h4", {}, "Pesan kepada pemohon yang gagal terkirim (30 hari terakhir)"),
      table("sla-undelivered", ["Permohonan", "Saluran", "Pesan", "Keadaan", "Sejak"],
        items.map(m => [el("a", { href: "/staff/applications/" + encodeURIComponent(m.registrationNumber) },
          m.registrationNumber), m.channel, m.event, m.status, when(m.at)]))))
    .catch(error => node.append(el("p", { "class": "sla-error" },
      "Daftar pesan gagal tidak dapat dimuat (" + error.message + ").")));
}

// the complaint words of ComplaintType and ComplaintClass (the API gives their codes)
const complaintWords = {
  PENGADUAN: "Pengaduan", SARAN: "Saran/masukan", INFORMASI: "Permintaan informasi",
  RINGAN: "Informasi/ringan (≤ 5 hari kerja)", TANPA_PEMERIKSAAN_LAPANGAN: "Tanpa pemeriksaan lapangan (≤ 14 hari kerja)",
  DENGAN_PEMERIKSAAN_LAPANGAN: "Dengan pemeriksaan lapangan (≤ 60 hari kerja)", BELUM: "Belum diklasifikasi"
};

// the month's complaints (UU 25/2009 Pasal 36-37): received by type and class, closed, in time, working days
function complaints(node, month) {
  return fetch(apiBase + "complaints/" + encodeURIComponent(month), { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(response => response.ok ? response.json() : Promise.reject(new Error("HTTP " + response.status)))
    .then(c => {
      const rows = [["Diterima", String(c.received)]]
        .concat(Object.entries(c.receivedByType).map(([k, n]) => ["— " + complaintWords[k], String(n)]))
        .concat(Object.entries(c.receivedByClass).map(([k, n]) => ["— " + complaintWords[k], String(n)]))
        .concat([["Ditutup", String(c.closed)],
          ["Ditutup tepat waktu", c.onTimePercent === null ? "-" : c.closedOnTime + " (" + c.onTimePercent + " %)"],
          ["Rata-rata hari kerja sampai ditutup",
            c.averageWorkingDaysToClose === null ? "-" : String(c.averageWorkingDaysToClose).replace(".", ",")]]);
      node.append(el("h4", {}, "Pengaduan bulan " + month), table("sla-complaints", ["", "Jumlah"], rows));
    })
    .catch(error => node.append(el("p", { "class": "sla-error" },
      "Angka pengaduan tidak dapat dimuat (" + error.message + ").")));
}

// ---- Survei Kepuasan Masyarakat (IKM, PermenPAN-RB 14/2017): figures of a period, reports, the camat's plan ----
// Its own section and functions (skm…): figures from /api/v1/skm, periods and the plan from /api/v1/sla/skm.

const skmApiBase = new URL("../api/v1/", window.location.origin + appRoot + "/").pathname;
// how many of the lowest elements the report names as the first to improve (SkmReports.WEAKEST)
const skmWeakestCount = 3;

// a problem+json answer as one Indonesian sentence; the status when the body says nothing
function skmProblem(response) {
  return response.json().catch(() => ({}))
    .then(problem => Promise.reject(new Error([problem.title, problem.detail].filter(Boolean).join(": ")
      || (response.status === 403 ? "Tidak berwenang, HTTP 403" : "HTTP " + response.status))));
}

function skmJson(path) {
  return fetch(skmApiBase + path, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(response => response.ok ? response.json() : skmProblem(response));
}

function skmQuery(choice) {
  return "from=" + choice.from + "&to=" + choice.to + (choice.service ? "&service=" + encodeURIComponent(choice.service) : "");
}

// printed values as the report prints them: 2 decimals, decimal comma (the API already rounded them)
function skmDecimal(value) {
  return value === null || value === undefined ? "-" : Number(value).toFixed(2).replace(".", ",");
}

function skmGrade(grading, words) {
  return grading ? grading + " (" + words + ")" : "-";
}

function skmSummary(skm) {
  const sample = skm.sampleSufficient
    ? "memenuhi (minimal " + skm.sampleRequired + " responden)"
    : "belum memenuhi: minimal " + skm.sampleRequired + " responden";
  return el("div", {},
    el("p", { "class": "sla-summary" },
      "Responden ", el("strong", { id: "skm-respondents" }, String(skm.respondents)),
      " · IKM ", el("strong", { id: "skm-ikm-raw" }, skmDecimal(skm.ikm)),
      " · nilai konversi ", el("strong", { id: "skm-ikm" }, skmDecimal(skm.ikmConverted)),
      " · mutu pelayanan ", el("strong", { id: "skm-grade" }, skmGrade(skm.grading, skm.grade))),
    el("p", { id: "skm-sample" }, "Kecukupan sampel (Krejcie–Morgan, atas permohonan selesai): " + sample + "."));
}

function skmElements(skm) {
  const weakest = skm.elements.filter(e => e.nrr !== null).slice().sort((a, b) => a.nrr - b.nrr)
    .slice(0, skmWeakestCount).map(e => e.code);
  if (!skm.respondents) {
    return el("p", { id: "skm-elements", "class": "sla-empty" }, "Belum ada responden dalam periode ini.");
  }
  return el("table", { id: "skm-elements", "class": "cam-table sla-table" },
    el("thead", {}, el("tr", {}, ...["Unsur", "Uraian", "NRR", "Mutu", ""].map(h => el("th", {}, h)))),
    el("tbody", {}, ...skm.elements.map(e => {
      const weak = weakest.includes(e.code);
      return el("tr", weak ? { "class": "skm-weakest", "data-code": e.code } : { "data-code": e.code },
        el("td", {}, e.code), el("td", {}, e.name), el("td", {}, skmDecimal(e.nrr)),
        el("td", {}, skmGrade(e.grading, e.grade)), el("td", {}, weak ? "terlemah" : ""));
    })));
}

function skmReports(choice) {
  const query = skmQuery(choice);
  return el("p", {}, "Laporan periode ini: ",
    el("a", { id: "skm-report-pdf", href: skmApiBase + "skm/report.pdf?" + query, download: "" }, "PDF"), " · ",
    el("a", { id: "skm-report-csv", href: skmApiBase + "skm/report.csv?" + query, download: "" }, "CSV"));
}

// the plan shown to everyone; the form only to the camat (the API refuses anyone else all the same)
function skmFollowUp(node, choice, plan, periods) {
  const when = new Intl.DateTimeFormat("id-ID", { timeZone: periods.timeZone, day: "numeric", month: "long",
    year: "numeric", hour: "2-digit", minute: "2-digit" });
  node.innerHTML = "";
  node.append(el("h4", {}, "Rencana tindak lanjut"),
    el("p", { id: "skm-plan" }, plan.plan || "Belum disusun untuk periode dan layanan ini."));
  if (plan.plan) {
    node.append(el("p", { id: "skm-plan-by", "class": "text-muted" }, "Disusun oleh " + plan.enteredByName
      + " (" + plan.enteredBy + "), " + when.format(new Date(plan.enteredAt)) + " " + periods.timeZoneName));
  }
  if (!plan.mayEdit) {
    return;
  }
  const text = el("textarea", { id: "skm-plan-text", "class": "form-control", rows: "4", maxlength: "4000" });
  text.value = plan.plan || "";
  const message = el("p", { id: "skm-plan-message", role: "status" });
  const form = el("form", { id: "skm-plan-form" },
    el("label", { "for": "skm-plan-text" }, plan.plan ? "Ganti rencana tindak lanjut" : "Susun rencana tindak lanjut"),
    text, el("button", { id: "skm-plan-save", type: "submit", "class": "btn btn-primary" }, "Simpan"), message);
  form.addEventListener("submit", event => {
    event.preventDefault();
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (plan.csrf) {
      // our staff API's own token (the webapps' X-XSRF-TOKEN is checked by Camunda for /camunda only)
      headers[plan.csrf.header] = plan.csrf.token;
    }
    message.className = "";
    message.textContent = "Menyimpan…";
    fetch(skmApiBase + "sla/skm/follow-up?" + skmQuery(choice), { method: "PUT", credentials: "same-origin", headers,
      body: JSON.stringify({ plan: text.value }) })
      .then(response => response.ok ? null : skmProblem(response))
      .then(() => skmJson("sla/skm/follow-up?" + skmQuery(choice)))
      .then(saved => {
        skmFollowUp(node, choice, saved, periods);
        const done = node.querySelector("#skm-plan-message");
        if (done) {
          done.textContent = "Rencana tindak lanjut tersimpan.";
        }
      })
      .catch(error => {
        message.className = "sla-error";
        message.textContent = "Rencana tindak lanjut tidak tersimpan (" + error.message + ").";
      });
  });
  node.append(form);
}

function skmShow(node, choice, periods) {
  node.innerHTML = "";
  node.append(el("p", {}, "Memuat…"));
  const shown = node.dataset.choice = skmQuery(choice);
  Promise.all([skmJson("skm?" + shown), skmJson("sla/skm/follow-up?" + shown)])
    .then(([skm, plan]) => {
      if (node.dataset.choice !== shown) {
        return; // the camat chose again meanwhile
      }
      const followUp = el("div", { id: "skm-follow-up" });
      node.innerHTML = "";
      node.append(skmSummary(skm), skmElements(skm), skmReports(choice), followUp);
      skmFollowUp(followUp, choice, plan, periods);
    })
    .catch(error => {
      node.innerHTML = "";
      node.append(el("p", { "class": "sla-error" }, "Hasil survei tidak dapat dimuat (" + error.message + ")."));
    });
}

function skmSection(section) {
  const body = el("div", {}, el("p", {}, "Memuat…"));
  section.append(body);
  Promise.all([skmJson("sla/skm/periods"), skmJson("services")])
    .then(([periods, services]) => {
      const period = el("select", { id: "skm-period", "class": "form-control" },
        ...periods.periods.map(p => el("option", { value: p.code }, p.label)));
      const service = el("select", { id: "skm-service", "class": "form-control" },
        el("option", { value: "" }, "Seluruh layanan"),
        ...services.map(s => el("option", { value: s.code }, s.name)));
      const result = el("div", { id: "skm-result" });
      const choose = () => {
        const chosen = periods.periods.find(p => p.code === period.value);
        skmShow(result, { from: chosen.from, to: chosen.to, service: service.value }, periods);
      };
      period.addEventListener("change", choose);
      service.addEventListener("change", choose);
      body.innerHTML = "";
      body.append(el("div", { "class": "skm-choice" },
        el("label", { "for": "skm-period" }, "Periode"), period,
        el("label", { "for": "skm-service" }, "Layanan"), service), result);
      choose();
    })
    .catch(error => {
      body.innerHTML = "";
      body.append(el("p", { "class": "sla-error" }, "Survei tidak dapat dimuat (" + error.message + ")."));
    });
}

// A page's first staff call stores the signed-in officer in the (JDBC) session; parallel first calls would each try
// to insert it (duplicate key). The dashboard's other sections start once the figures' first call has answered.
let firstCallAnswered;
const firstCall = new Promise(resolve => { firstCallAnswered = resolve; });
const afterFirstCall = () => Promise.race([firstCall, new Promise(resolve => setTimeout(resolve, 10000))]);

function load(node, path, withRates) {
  node.append(el("p", {}, "Memuat…"));
  fetch(apiBase + path, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(response => {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    })
    .then(data => {
      render(node, data, withRates);
      if (path === "dashboard") {
        // one after the other, so the sections keep their order
        complaints(node, data.month).then(() => undelivered(node, timeFormat(data)));
      }
    })
    .catch(error => {
      node.innerHTML = "";
      node.append(el("p", { "class": "sla-error" }, "Data standar pelayanan tidak dapat dimuat (" + error.message + ")."));
    })
    .finally(() => firstCallAnswered());
}

export default [
  {
    id: "layanan-sla-dashboard",
    pluginPoint: "cockpit.dashboard",
    priority: 20,
    render: node => {
      const section = el("section", { id: "layanan-sla", "class": "dashboard-section" },
        el("h3", {}, "Standar pelayanan (UU 25/2009)"));
      const body = el("div", {});
      section.append(body);
      node.append(section);
      load(body, "dashboard", true);
    }
  },
  {
    id: "layanan-skm-dashboard",
    pluginPoint: "cockpit.dashboard",
    priority: 10,
    render: node => {
      const section = el("section", { id: "layanan-skm", "class": "dashboard-section" },
        el("h3", {}, "Survei Kepuasan Masyarakat (IKM)"));
      node.append(section);
      afterFirstCall().then(() => skmSection(section));
    }
  },
  {
    id: "layanan-sla-process-tab",
    pluginPoint: "cockpit.processDefinition.runtime.tab",
    priority: 20,
    label: "Standar pelayanan",
    properties: { label: "Standar pelayanan" },
    render: (node, { processDefinitionId }) => {
      const body = el("div", { id: "layanan-sla-process" });
      node.append(body);
      load(body, "processes/" + encodeURIComponent(processDefinitionId.split(":")[0]), true);
    }
  }
];
