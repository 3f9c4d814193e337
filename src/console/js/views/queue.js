import { api } from '../api.js';
import { debounce, dueText, formatTime, h, mount, notice } from '../dom.js';
import { CASE_STATUS, CHANNEL, REASON, label } from '../labels.js';

const LIVE = ['escalation.created', 'escalation.raised', 'escalation.claimed', 'escalation.resolved', 'message.inbound', 'message.outbound'];

/** The live queue: open and claimed cases, most urgent first; updates itself from the event stream. */
export function renderQueue(main, { bus, go }) {
  const list = h('ul', { class: 'queue', 'data-testid': 'queue' });
  const message = h('div');
  const filter = h('select', { onchange: () => load() },
    h('option', { value: 'active' }, '全部未解决'), h('option', { value: 'open' }, '待接待'),
    h('option', { value: 'mine' }, '我接待的'), h('option', { value: 'resolved' }, '已解决'));
  mount(main, h('section', { class: 'panel' }, h('div', { class: 'toolbar' }, h('h2', {}, '会话队列'), filter), message, list));

  async function claim(item) {
    try {
      await api('POST', `/escalations/${item.id}/claim`, {});
      go(`#/cases/${item.id}`);
    } catch (err) {
      mount(message, notice(err.message));
      load();
    }
  }

  function row(item) {
    const urgent = item.priority <= 2;
    return h('li', { class: `case-row${urgent ? ' urgent' : ''}${item.slaOverdue ? ' late' : ''}`, 'data-testid': 'queue-item', 'data-id': item.id },
      h('div', { class: 'case-main' },
        h('span', { class: `badge reason-${item.reason}` }, label(REASON, item.reason)),
        h('span', { class: 'badge' }, label(CASE_STATUS, item.status)),
        h('strong', {}, item.ownerFrom || '（无会话）'),
        h('span', { class: 'muted' }, ` · ${label(CHANNEL, item.channel)} · ${formatTime(item.createdAt)}`),
        item.ticketNumber && h('span', { class: 'muted' }, ` · ${item.ticketNumber}`),
        h('p', { class: 'last-message' }, item.lastMessage || item.summary || ''),
      ),
      h('div', { class: 'case-side' },
        item.status === 'open' ? h('span', { class: item.slaOverdue ? 'due late' : 'due' }, dueText(item.slaDueAt)) : h('span', { class: 'muted' }, item.claimedByName ? `接待人：${item.claimedByName}` : ''),
        h('a', { class: 'button secondary', href: `#/cases/${item.id}` }, '查看'),
        item.status === 'open' && h('button', { type: 'button', 'data-testid': 'claim', onclick: () => claim(item) }, '认领'),
      ));
  }

  async function load() {
    const choice = filter.value;
    const query = choice === 'mine' ? 'status=active&mine=true' : `status=${choice}`;
    try {
      const { items } = await api('GET', `/escalations?${query}`);
      mount(list, items.length ? items.map(row) : h('li', { class: 'empty' }, '暂无会话'));
      message.replaceChildren();
    } catch (err) {
      mount(message, notice(err.message));
    }
  }

  const refresh = debounce(load);
  const onServer = (e) => LIVE.includes(e.detail.type) && refresh();
  bus.addEventListener('server', onServer);
  const tick = setInterval(load, 60_000); // SLA countdowns move even when nothing happens
  load();
  return () => {
    bus.removeEventListener('server', onServer);
    clearInterval(tick);
  };
}
