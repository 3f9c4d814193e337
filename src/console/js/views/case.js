import { api } from '../api.js';
import { debounce, dueText, formatTime, h, mount, notice, select, yuan } from '../dom.js';
import { AUTHOR, CASE_STATUS, CHANNEL, REASON, TICKET_STATUS, TICKET_TYPE, label } from '../labels.js';

/**
 * One case: the whole conversation (owner, bot, staff, private notes marked), who the owner is, their unit,
 * open tickets and arrears; claim, reply on the owner's channel, private notes, canned replies, resolve.
 */
export function renderCase(main, { me, id, bus, go }) {
  const message = h('div');
  const transcript = h('ol', { class: 'transcript', 'data-testid': 'transcript' });
  const side = h('aside', { class: 'case-info' });
  const actions = h('div', { class: 'case-actions' });
  const text = h('textarea', { rows: 3, maxlength: 2000, placeholder: '回复业主（将通过业主使用的渠道送达）', 'data-testid': 'reply-text' });
  const canned = h('select', { 'data-testid': 'canned', onchange: () => {
    if (!canned.value) return;
    text.value = text.value ? `${text.value}\n${canned.value}` : canned.value;
    canned.value = '';
    text.focus();
  } }, h('option', { value: '' }, '插入快捷回复…'));
  const send = h('button', { type: 'button', 'data-testid': 'send-reply', onclick: () => post('reply') }, '发送给业主');
  const note = h('button', { type: 'button', class: 'secondary', 'data-testid': 'add-note', onclick: () => post('notes') }, '添加内部备注');
  const composer = h('div', { class: 'composer' }, text, h('div', { class: 'composer-row' }, canned, note, send));
  let conversationId = null;
  let current = null;

  mount(main, h('div', { class: 'case-page' },
    h('section', { class: 'panel conversation' },
      h('div', { class: 'toolbar' }, h('a', { href: '#/queue', class: 'link' }, '← 返回队列'), h('h2', { 'data-testid': 'case-title' }, `会话 #${id}`)),
      message, transcript, composer),
    h('div', { class: 'panel side' }, actions, side)));

  async function act(fn) {
    try {
      await fn();
      message.replaceChildren();
      await load();
    } catch (err) {
      mount(message, notice(err.message));
    }
  }

  function post(kind) {
    const value = text.value.trim();
    if (!value) return mount(message, notice(kind === 'reply' ? '请输入回复内容' : '请输入备注内容'));
    return act(async () => {
      await api('POST', `/escalations/${id}/${kind}`, { text: value });
      text.value = '';
    });
  }

  function entry(m) {
    const who = m.author === 'staff' ? (m.staffName || AUTHOR.staff) : label(AUTHOR, m.author);
    const cls = m.private ? 'note' : m.author;
    return h('li', { class: `msg msg-${cls}`, 'data-testid': m.private ? 'note' : `msg-${m.author}` },
      h('div', { class: 'msg-head' }, m.private ? `内部备注 · ${who} · 业主不可见` : who, h('span', { class: 'muted' }, formatTime(m.at))),
      h('div', { class: 'msg-text' }, m.text));
  }

  function info(c) {
    const rows = [
      ['状态', label(CASE_STATUS, c.status)],
      ['原因', label(REASON, c.reason)],
      ['接待人', c.claimedByName || '（未认领）'],
      ['渠道', c.conversation ? `${label(CHANNEL, c.conversation.channel)} · ${c.conversation.ownerFrom}` : '—'],
      ['接待时限', c.status === 'open' ? dueText(c.slaDueAt) : formatTime(c.slaDueAt)],
      ['摘要', c.summary || ''],
    ];
    const owner = c.owner
      ? [['业主', c.owner.name], ['电话', c.owner.phone], ['房号', c.unit?.code || '']]
      : [['业主', '未绑定（身份未验证）']];
    const arrears = c.arrears
      ? h('div', {}, h('h3', {}, '欠费'), c.arrears.items.length
        ? h('ul', { class: 'plain' }, c.arrears.items.map((a) => h('li', {}, `${a.feeTypeName} ${a.periodLabel}：${yuan(a.outstanding)}${a.daysOverdue ? `（逾期 ${a.daysOverdue} 天）` : ''}`)), h('li', {}, h('strong', {}, `合计 ${yuan(c.arrears.total)}`)))
        : h('p', { class: 'muted' }, '无欠费'))
      : null;
    const tickets = h('div', {}, h('h3', {}, '未完结工单'), c.openTickets.length
      ? h('ul', { class: 'plain' }, c.openTickets.map((t) => h('li', {}, h('a', { href: `#/tickets/${t.id}` }, t.number), ` ${label(TICKET_TYPE, t.type)} · ${label(TICKET_STATUS, t.status)} · ${t.description}`)))
      : h('p', { class: 'muted' }, '无'));
    mount(side,
      h('dl', { class: 'facts' }, [...rows, ...owner].map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      arrears, tickets);
  }

  async function reassignControl() {
    const { items } = await api('GET', '/accounts');
    const desk = items.filter((s) => s.role !== 'engineer' && s.active);
    const pick = select({ 'aria-label': '转派给' }, [['', '转派给…'], ...desk.map((s) => [s.id, s.displayName || s.username])]);
    return h('span', { class: 'inline' }, pick, h('button', { type: 'button', class: 'secondary', onclick: () => pick.value && act(() => api('POST', `/escalations/${id}/assign`, { staffId: Number(pick.value) })) }, '转派'));
  }

  async function renderActions(c) {
    const open = c.status !== 'resolved';
    const mine = c.claimedBy === me.id;
    const buttons = [];
    if (open && c.claimedBy == null) buttons.push(h('button', { type: 'button', 'data-testid': 'claim', onclick: () => act(() => api('POST', `/escalations/${id}/claim`, {})) }, '认领'));
    if (open && (mine || c.claimedBy == null || me.role !== 'agent')) buttons.push(h('button', { type: 'button', class: 'danger', 'data-testid': 'resolve', onclick: () => act(() => api('POST', `/escalations/${id}/resolve`)) }, '解决并交还机器人'));
    if (open && me.role !== 'agent') buttons.push(await reassignControl());
    mount(actions, buttons.length ? buttons : h('p', { class: 'muted' }, '该会话已解决'));
    composer.hidden = !open;
  }

  async function load() {
    try {
      const c = await api('GET', `/escalations/${id}`);
      current = c;
      conversationId = c.conversation?.id ?? null;
      mount(transcript, c.transcript.map(entry));
      transcript.scrollTop = transcript.scrollHeight;
      info(c);
      await renderActions(c);
    } catch (err) {
      mount(message, notice(err.status === 403 ? '该会话由其他同事接待，您无权查看' : err.message));
      if (err.status === 404) setTimeout(() => go('#/queue'), 1500);
    }
  }

  api('GET', '/canned-replies').then(({ items }) => {
    for (const c of items) canned.append(h('option', { value: c.text }, c.title));
  }).catch(() => {});

  const refresh = debounce(load);
  const onServer = (e) => {
    const { type, data } = e.detail;
    if (data.escalationId === Number(id) || (conversationId && data.conversationId === conversationId)) refresh();
    else if (type.startsWith('ticket.') && current?.openTickets.some((t) => t.id === data.ticketId)) refresh();
  };
  bus.addEventListener('server', onServer);
  load();
  return () => bus.removeEventListener('server', onServer);
}
