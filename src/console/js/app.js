import { api, listenEvents, session } from './api.js';
import { h, mount } from './dom.js';
import { ROLE, label } from './labels.js';
import { renderLogin } from './views/login.js';
import { renderQueue } from './views/queue.js';
import { renderCase } from './views/case.js';
import { renderTickets } from './views/tickets.js';
import { renderAnnouncements } from './views/announcements.js';
import { renderCanned } from './views/canned.js';
import { renderAdmin } from './views/admin.js';
import { renderReports } from './views/reports.js';

// Which pages each role has; the server checks every call again, this only hides what would be refused.
const PAGES = [
  { path: 'queue', title: '会话队列', roles: ['agent', 'supervisor', 'admin'], render: renderQueue },
  { path: 'tickets', title: '工单', roles: ['agent', 'supervisor', 'admin', 'engineer'], render: renderTickets },
  { path: 'canned', title: '快捷回复', roles: ['supervisor', 'admin'], render: renderCanned },
  { path: 'announcements', title: '公告', roles: ['supervisor', 'admin'], render: renderAnnouncements },
  { path: 'reports', title: '报表与日志', roles: ['supervisor', 'admin'], render: renderReports },
  { path: 'admin', title: '系统管理', roles: ['admin'], render: renderAdmin },
];

const root = document.getElementById('app');
/** Live events from the server, re-dispatched to whichever view is showing. */
const bus = new EventTarget();
let stopEvents = null;
let liveState = 'connecting';
let cleanup = null;
bus.addEventListener('state', (e) => (liveState = e.detail));

function currentRoute() {
  const [path = '', id] = location.hash.replace(/^#\/?/, '').split('/');
  return { path, id };
}

function signOut() {
  stopEvents?.();
  stopEvents = null;
  liveState = 'connecting';
  session.clear();
  render();
}

function shell(me, main) {
  const pages = PAGES.filter((p) => p.roles.includes(me.role));
  const status = h('span', { class: 'live-status', 'data-testid': 'live-status', title: '实时更新' });
  if (!stopEvents) {
    stopEvents = listenEvents(
      (type, data) => bus.dispatchEvent(new CustomEvent('server', { detail: { type, data } })),
      (state) => bus.dispatchEvent(new CustomEvent('state', { detail: state })),
    );
  }
  const showState = (state) => {
    status.textContent = { live: '● 实时', offline: '○ 重连中' }[state] ?? '连接中…';
    status.className = `live-status ${state}`;
  };
  const onState = (e) => showState(e.detail);
  showState(liveState);
  bus.addEventListener('state', onState);
  const { path } = currentRoute();
  const nav = h('nav', { class: 'nav' }, pages.map((p) =>
    h('a', { href: `#/${p.path}`, class: path === p.path || (path === 'cases' && p.path === 'queue') ? 'active' : '' }, p.title)));
  const header = h('header', { class: 'topbar' },
    h('span', { class: 'brand' }, '物业前台'),
    nav,
    h('span', { class: 'who' }, status, ' ', `${me.displayName || me.username}（${label(ROLE, me.role)}）`,
      h('button', { class: 'link', type: 'button', onclick: async () => {
        await api('POST', '/logout').catch(() => {});
        signOut();
      } }, '退出')));
  mount(root, header, main);
  return () => bus.removeEventListener('state', onState);
}

async function render() {
  cleanup?.();
  cleanup = null;
  const s = session.get();
  if (!s) {
    stopEvents?.();
    stopEvents = null;
    mount(root, renderLogin(render));
    return;
  }
  const me = s.staff;
  let { path, id } = currentRoute();
  const pages = PAGES.filter((p) => p.roles.includes(me.role));
  if (path !== 'cases' && !pages.some((p) => p.path === path)) {
    location.replace(`#/${pages[0].path}`);
    return;
  }
  if (path === 'cases' && !PAGES[0].roles.includes(me.role)) path = pages[0].path;
  const main = h('main', { class: 'main' });
  const offShell = shell(me, main);
  const view = path === 'cases' ? renderCase : pages.find((p) => p.path === path).render;
  const offView = view(main, { me, id, bus, go: (hash) => (location.hash = hash) });
  cleanup = () => {
    offShell();
    if (typeof offView === 'function') offView();
  };
}

window.addEventListener('hashchange', render);
window.addEventListener('propdesk:signed-out', signOut);
render();
