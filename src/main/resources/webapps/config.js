// Layanan Kecamatan: the config.js of this Camunda webapp, filled in by WebappCustomisationController from the
// office's configuration (OFFICE_NAME, OFFICE_ZONE). README: "Tasklist, Cockpit and Admin in Indonesian".
const office = /*office*/{};

// The webapps take the browser's language when it is one of availableLocales, else fallbackLocale; staff browsers
// are often English, so only the language the officer chose (Indonesian unless switched in the user menu) is
// offered. The labels a locale file lacks still show in English (scripts/layanan-webapp.js).
const language = localStorage.getItem('layanan.webapp.language') === 'en' ? 'en' : 'id';

window.layananWebapp = Object.assign({
  language,
  languageKey: 'layanan.webapp.language',
  title: 'Layanan Kecamatan — ' + office.name
}, office);

// Tasklist's keyboard shortcuts (its default config.js) with descriptions the officer can read
const shortcutDescriptions = {
  id: {
    claimTask: 'mengklaim tugas yang sedang dipilih',
    focusFilter: 'memindahkan fokus ke filter pertama dalam daftar',
    focusList: 'memindahkan fokus ke tugas pertama dalam daftar',
    focusForm: 'memindahkan fokus ke isian pertama formulir tugas',
    startProcess: 'membuka dialog untuk memulai proses'
  },
  en: {
    claimTask: 'claims the currently selected task',
    focusFilter: 'set the focus to the first filter in the list',
    focusList: 'sets the focus to the first task in the list',
    focusForm: 'sets the focus to the first input field in a task form',
    startProcess: 'opens the start process modal dialog'
  }
}[language];
const shortcutKeys = {
  claimTask: 'ctrl+alt+c',
  focusFilter: 'ctrl+shift+f',
  focusList: 'ctrl+alt+l',
  focusForm: 'ctrl+alt+f',
  startProcess: 'ctrl+alt+p'
};

export default Object.assign({
  // the header reads "<vendor> <name>" and the page title becomes the same
  app: {vendor: 'Layanan Kecamatan —', name: office.name},
  locales: {availableLocales: [language], fallbackLocale: language},
  customScripts: ['scripts/layanan-webapp']
}, office.app === 'tasklist' ? {
  shortcuts: Object.fromEntries(Object.entries(shortcutKeys)
    .map(([name, key]) => [name, {key, description: shortcutDescriptions[name]}]))
} : {});
