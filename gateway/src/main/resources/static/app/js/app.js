// The shell: who is logged in, the menu of their role, the language switch, and the
// routes (#/...) of the screens.
import { currentSession, logIn, logOut } from './auth.js';
import { t, label, lang, setLanguage } from './i18n.js';
import { h } from './dom.js';
import { screen, section, facts, hasRole } from './ui.js';
import { reportScreen } from './report.js';
import { caseloadScreen, caseScreen } from './cases.js';
import { needScreen, placementScreen, placementsScreen } from './matching.js';
import { auditIndexScreen, auditCaseScreen } from './audit.js';
import { caregiversScreen, caregiverScreen } from './caregivers.js';

function menu(session) {
  const items = [['#/', t('home')]];
  if (hasRole(session, 'COLLABORATOR')) {
    items.push(['#/report', t('newReport')], ['#/cases', t('myReports')]);
  }
  if (hasRole(session, 'COMMUNE_OFFICER', 'PROVINCE_OFFICER', 'COMMUNE_CHAIR')) {
    items.push(['#/cases', t('caseload')], ['#/placements', t('placements')], ['#/caregivers', t('caregivers')]);
  }
  if (hasRole(session, 'COMMUNE_OFFICER')) {
    items.push(['#/report', t('newReport')]);
  }
  if (hasRole(session, 'AUDITOR')) {
    items.push(['#/audit', t('audit')]);
  }
  return items;
}

function renderChrome(session) {
  document.documentElement.lang = lang();
  document.getElementById('skip-link').textContent = t('skip');
  const switcher = document.getElementById('lang-switch');
  switcher.textContent = t('switchTo');
  switcher.setAttribute('lang', lang() === 'vi' ? 'en' : 'vi');
  const logout = document.getElementById('logout');
  logout.textContent = t('logOut');
  logout.hidden = !session;
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('nav'));
  const current = location.hash || '#/';
  nav.replaceChildren(session ? h('ul', {}, menu(session).map(([href, text]) => h('li', {},
    h('a', { href, 'aria-current': (current === href || (href !== '#/' && current.startsWith(href + '/'))) ? 'page' : undefined }, text)))) : '');
}

function whoAmI(session) {
  const c = session.claims;
  return section(t('whoAmI'), h('div', { id: 'who-am-i' }, facts([
    [t('name'), c.name], [t('userId'), c.sub],
    [t('role'), session.roles.map((r) => label('role', r)).join(', ')],
    [t('province'), `${label('province', c.province)} (${c.province})`],
    [t('commune'), c.commune ? `${label('commune', c.commune)} (${c.commune})` : ''],
  ])));
}

function home(session) {
  screen(t('appName'), whoAmI(session),
    h('ul', { class: 'big-links' }, menu(session).slice(1).map(([href, text]) => h('li', {}, h('a', { class: 'button', href }, text)))));
}

function welcome() {
  const button = h('button', { type: 'button', class: 'primary', id: 'login' }, t('logIn'));
  button.addEventListener('click', () => logIn(location.hash));
  screen(t('welcomeTitle'), h('p', {}, t('welcomeText')), button);
}

const ROUTES = [
  [/^#\/?$/, (s) => home(s)],
  [/^#\/report$/, (s) => reportScreen(s)],
  [/^#\/cases$/, (s) => caseloadScreen(s)],
  [/^#\/cases\/([^/]+)$/, (s, id) => caseScreen(s, decodeURIComponent(id))],
  [/^#\/needs\/([^/]+)$/, (s, id) => needScreen(s, decodeURIComponent(id))],
  [/^#\/placements$/, (s) => placementsScreen(s)],
  [/^#\/placements\/([^/]+)$/, (s, id) => placementScreen(s, decodeURIComponent(id))],
  [/^#\/caregivers$/, (s) => caregiversScreen(s)],
  [/^#\/caregivers\/([^/]+)$/, (s, id) => caregiverScreen(s, decodeURIComponent(id))],
  [/^#\/audit$/, (s) => auditIndexScreen(s)],
  [/^#\/audit\/([^/]+)$/, (s, id) => auditCaseScreen(s, decodeURIComponent(id))],
];

function route() {
  const session = currentSession();
  renderChrome(session);
  if (!session) {
    welcome();
    return;
  }
  const hash = location.hash || '#/';
  for (const [pattern, show] of ROUTES) {
    const match = pattern.exec(hash);
    if (match) {
      show(session, ...match.slice(1));
      return;
    }
  }
  home(session);
}

document.getElementById('lang-switch').addEventListener('click', () => {
  setLanguage(lang() === 'vi' ? 'en' : 'vi');
  route();
});
document.getElementById('logout').addEventListener('click', () => logOut());
window.addEventListener('hashchange', route);
route();
