import { api } from '../api.js';
import { formatTime, h, mount, notice } from '../dom.js';
import { REASON, TICKET_STATUS, label } from '../labels.js';

/** For supervisors: the desk at a glance, and the audit log of staff actions. */
export function renderReports(main) {
  const message = h('div');
  const summary = h('div', { class: 'stats' });
  const audit = h('tbody');
  mount(main, h('section', { class: 'panel' }, h('h2', {}, '概况'), message, summary,
    h('h2', {}, '操作日志'),
    h('div', { class: 'scroll' }, h('table', { class: 'table' }, h('thead', {}, h('tr', {}, ['时间', '操作人', '操作', '对象', '详情'].map((x) => h('th', {}, x)))), audit))));

  const stat = (name, value) => h('div', { class: 'stat' }, h('span', { class: 'stat-value' }, String(value)), h('span', { class: 'muted' }, name));

  api('GET', '/reports/summary').then((r) => {
    mount(summary,
      stat('待接待', r.escalations.open), stat('接待中', r.escalations.claimed), stat('超时未接待', r.escalations.pastPickupDeadline),
      stat('超时工单', r.tickets.overdue),
      Object.entries(r.escalations.byReason).map(([k, v]) => stat(label(REASON, k), v)),
      Object.entries(r.tickets.byStatus).map(([k, v]) => stat(`工单${label(TICKET_STATUS, k)}`, v)));
  }).catch((err) => mount(message, notice(err.message)));

  api('GET', '/audit?limit=100').then(({ items }) => {
    mount(audit, items.map((a) => h('tr', {},
      h('td', {}, formatTime(a.at)), h('td', {}, `${a.actorType}${a.actorId ? ` #${a.actorId}` : ''}`), h('td', {}, a.action),
      h('td', {}, `${a.targetType}${a.targetId ? ` #${a.targetId}` : ''}`), h('td', { class: 'detail' }, a.detail ? JSON.stringify(a.detail) : ''))));
  }).catch((err) => mount(message, notice(err.message)));
}
