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
    });
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
