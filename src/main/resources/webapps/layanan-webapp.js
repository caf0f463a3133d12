// Layanan Kecamatan: the Camunda webapps on the office's clock, with the office's title and a language switch.
// A custom script named in config.js: imported after the webapp's AngularJS modules are defined and before they
// start. No Camunda file is changed; the hooks are moment.js's (updateOffset) and AngularJS's (decorators).
const office = window.layananWebapp;
const angular = window.angular;
const appRoot = document.querySelector('base').getAttribute('app-root');

document.documentElement.lang = office.language;
// Cockpit and Admin build their page titles from the title found at start ("<title> | Dasbor")
document.title = office.title;

// ---- the office's clock: times as the office's wall clock shows them, whatever the browser's zone ----

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: office.zone, hourCycle: 'h23',
  year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'
});

/** Minutes east of UTC of the office's zone at that instant (Intl knows the zone's rules, moment.js does not). */
function officeOffset(instant) {
  const at = Number.isFinite(instant) ? instant : Date.now();
  const part = Object.fromEntries(wallClock.formatToParts(new Date(at)).map(p => [p.type, Number(p.value)]));
  const shown = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second);
  return Math.round((shown - (at - at % 1000)) / 60000);
}

/** moment.js of the webapps: Cockpit and Admin hand it to plugins, else it is taken from their shared lib/deps.js. */
function webappMoment() {
  if (typeof window.moment === 'function') {
    return window.moment;
  }
  let found;
  const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
  chunks.push([['layanan-office-clock'], {}, require => {
    const id = Object.keys(require.m).find(key => String(require.m[key]).includes('.updateOffset=function(){}'));
    found = id === undefined ? undefined : require(id);
  }]);
  return found;
}

const moment = webappMoment();
if (moment && moment.fn) {
  // as moment-timezone does: a copy of a moment keeps the wall-clock parts it was read from
  if (!moment.momentProperties.includes('_a')) {
    moment.momentProperties.push('_a');
  }
  // the hook moment-timezone uses for its default zone: each new moment (the camDate filter, "3 jam yang lalu")
  // is put on the office's offset instead of the browser's
  moment.updateOffset = (mom, keepTime) => {
    // moment.utc() and moments already on the office's offset keep theirs
    if (mom._isUTC || !mom.isValid()) {
      return;
    }
    if (mom._a && mom._tzm === undefined && mom._f !== 'X' && mom._f !== 'x') {
      // read from a time without an offset ("2037-06-01 09:00" typed into a search): the office's wall clock
      mom._d = moment.utc(mom._a)._d;
      mom.utc().add(-officeOffset(mom.valueOf()), 'minutes');
    }
    mom.utcOffset(officeOffset(mom.valueOf()), keepTime);
  };
  moment.fn.local = function (keepLocalTime) {
    return this.utcOffset(officeOffset(this.valueOf()), keepLocalTime);
  };
} else {
  console.warn('Layanan Kecamatan: moment.js not found, times show in the browser\'s zone');
}

// Camunda Forms show dates in the browser's locale: "7/1/2019" in an English browser, which an officer reads as
// 7 January. Intl's default locale becomes Indonesian ("1/7/2019") while the webapps speak Indonesian.
if (office.language === 'id') {
  const BrowserDateTimeFormat = Intl.DateTimeFormat;
  const IndonesianDateTimeFormat = function (locales, options) {
    return new BrowserDateTimeFormat(locales === undefined || locales === 'default' ? 'id-ID' : locales, options);
  };
  IndonesianDateTimeFormat.prototype = BrowserDateTimeFormat.prototype;
  IndonesianDateTimeFormat.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf;
  Intl.DateTimeFormat = IndonesianDateTimeFormat;
}

// ---- labels a newer Camunda added and id.json lacks show in English, not as their key ----

const english = office.language === 'en' ? {} : await fetch(`${appRoot}/app/${office.app}/locales/en.json?bust=${window.bust}`)
  .then(response => response.ok ? response.json() : {})
  .then(locale => locale.labels || {}, () => ({}));

const escapeHtml = value => String(value).replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

angular.module(`cam.${office.app}.custom`).config(['$provide', $provide => {
  $provide.decorator('sanitizeMissingTranslationKey', ['$delegate', keyAsText => (key, uses, parameters) =>
    english[key] === undefined ? keyAsText(key) : english[key].replace(/{{\s*([\w.]+)\s*}}/g,
      (all, name) => parameters && parameters[name] !== undefined ? escapeHtml(parameters[name]) : '')]);

  // the footer names the office's zone ("WIB (Asia/Jakarta)"), not the browser's
  $provide.decorator('camWidgetFooterDirective', ['$delegate', $delegate => {
    const footer = $delegate[0];
    const link = footer.link;
    footer.compile = () => function (scope) {
      link.apply(this, arguments);
      scope.timezoneName = `${office.zoneName} (${office.zone})`;
    };
    return $delegate;
  }]);

  // the other language in the user menu, remembered in this browser (config.js reads it)
  $provide.decorator('camWidgetHeaderDirective', ['$delegate', $delegate => {
    const other = office.language === 'en' ? ['id', 'Bahasa Indonesia'] : ['en', 'English'];
    $delegate[0].template = $delegate[0].template.replace('<li class="logout">',
      `<li class="layanan-language"><a href data-layanan-language="${other[0]}" lang="${other[0]}">${other[1]}</a></li>`
      + '<li class="divider"></li><li class="logout">');
    return $delegate;
  }]);
}]).run(['$injector', $injector => {
  // a task's history shows its times with AngularJS's date filter, in the browser's zone; moment's (above) instead.
  // The filter itself stays as it is: the date fields write their values with it.
  if ($injector.has('Views') && $injector.has('amDateFormatFilter')) {
    $injector.get('Views').getProviders({component: 'tasklist.task.detail'}).forEach(view => {
      view.template = view.template && view.template.replace("| date:'HH:mm'", "| amDateFormat:'HH:mm'")
        .replace("| date:'yyyy'", "| amDateFormat:'YYYY'");
    });
  }
}]);

document.addEventListener('click', event => {
  const link = event.target.closest && event.target.closest('[data-layanan-language]');
  if (link) {
    event.preventDefault();
    localStorage.setItem(office.languageKey, link.dataset.layananLanguage);
    window.location.reload();
  }
});
