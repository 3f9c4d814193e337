import { api } from '../api.js';
import { debounce, formatTime, h, mount, notice, select } from '../dom.js';
import { TICKET_STATUS, TICKET_TYPE, label } from '../labels.js';

const options = (table) => Object.entries(table);

/**
 * The tickets board: filter by type, status, category and overdue; a ticket's history; moves along the
 * declared status table (the server says which are allowed) with a note; dispatch to an engineer.
 * Engineers get only the tickets assigned to them (the server filters).
 */
export function renderTickets(main, { me, id, bus, go }) {
  const message = h('div');
  const type = select({ 'aria-label': '类型', onchange: () => load() }, [['', '全部类型'], ...options(TICKET_TYPE)]);
  const status = select({ 'aria-label': '状态', 'data-testid': 'filter-status', onchange: () => load() }, [['', '全部状态'], ...options(TICKET_STATUS)]);
  const category = h('input', { placeholder: '类别，如 plumbing', 'aria-label': '类别', size: 12, onchange: () => load() });
  const overdue = select({ 'aria-label': '超时', onchange: () => load() }, [['', '不限超时'], ['true', '仅超时'], ['false', '未超时']]);
  const list = h('ul', { class: 'tickets', 'data-testid': 'tickets' });
  const detail = h('section', { class: 'panel ticket-detail', 'data-testid': 'ticket-detail', hidden: !id });
  let engineers = null;

  mount(main, h('div', { class: 'tickets-page' },
    h('section', { class: 'panel' },
      h('div', { class: 'toolbar' }, h('h2', {}, me.role === 'engineer' ? '我的工单' : '工单'), h('div', { class: 'filters' }, type, status, category, overdue)),
      message, list),
    detail));

  function card(t) {
    return h('li', { class: `ticket-row${t.overdue ? ' late' : ''}${String(t.id) === String(id) ? ' selected' : ''}`, 'data-testid': 'ticket-item', 'data-id': t.id },
      h('a', { href: `#/tickets/${t.id}` }, h('strong', {}, t.number)),
      h('span', { class: 'badge' }, label(TICKET_TYPE, t.type)),
      h('span', { class: `badge status-${t.status}`, 'data-testid': 'ticket-status' }, label(TICKET_STATUS, t.status)),
      t.overdue && h('span', { class: 'badge late' }, '超时'),
      h('span', { class: 'muted' }, ` ${t.category} · ${t.unitCode || t.place || ''} · ${t.assigneeName ? `处理人 ${t.assigneeName}` : '未派单'}`),
      h('p', { class: 'last-message' }, t.description));
  }

  async function load() {
    const q = new URLSearchParams();
    for (const [k, el] of [['type', type], ['status', status], ['overdue', overdue]]) if (el.value) q.set(k, el.value);
    if (category.value.trim()) q.set('category', category.value.trim());
    try {
      const { items, total } = await api('GET', `/tickets?${q}`);
      mount(list, items.length ? items.map(card) : h('li', { class: 'empty' }, '没有符合条件的工单'),
        total > items.length ? h('li', { class: 'muted' }, `共 ${total} 张，显示前 ${items.length} 张`) : null);
    } catch (err) {
      mount(message, notice(err.message));
    }
    if (id) loadDetail();
  }

  async function loadDetail() {
    detail.hidden = false;
    let t;
    try {
      t = await api('GET', `/tickets/${id}`);
    } catch (err) {
      return mount(detail, notice(err.status === 403 ? '该工单未派给您' : err.message));
    }
    const result = h('div');
    const to = select({ 'aria-label': '变更为', 'data-testid': 'transition-to' }, [['', '变更状态为…'], ...t.allowed.map((s) => [s, label(TICKET_STATUS, s)])]);
    const note = h('input', { placeholder: '处理说明（必填）', maxlength: 500, 'data-testid': 'transition-note' });
    const move = h('form', { class: 'inline', onsubmit: async (e) => {
      e.preventDefault();
      if (!to.value) return mount(result, notice('请选择新状态'));
      if (!note.value.trim()) return mount(result, notice('请填写处理说明'));
      try {
        await api('POST', `/tickets/${id}/transition`, { to: to.value, note: note.value.trim() });
        await load();
      } catch (err) {
        mount(result, notice(err.message));
      }
    } }, to, note, h('button', { type: 'submit', 'data-testid': 'transition-submit' }, '提交'));

    let assign = null;
    if (me.role !== 'engineer' && !['closed', 'cancelled'].includes(t.status)) {
      engineers ??= (await api('GET', '/accounts?role=engineer')).items;
      const pick = select({ 'aria-label': '派给工程师', 'data-testid': 'assign-to' }, [['', '派给工程师…'], ...engineers.map((s) => [s.id, s.displayName || s.username])], t.assigneeId ?? '');
      assign = h('form', { class: 'inline', onsubmit: async (e) => {
        e.preventDefault();
        if (!pick.value) return;
        try {
          await api('POST', `/tickets/${id}/assign`, { staffId: Number(pick.value) });
          await load();
        } catch (err) {
          mount(result, notice(err.message));
        }
      } }, pick, h('button', { type: 'submit', class: 'secondary' }, '派单'));
    }

    const due = [['派单时限', t.dispatchDueAt], ['通知时限', t.notifyDueAt], ['到场时限', t.arriveDueAt], ['完成时限', t.resolveDueAt]].filter(([, v]) => v);
    mount(detail,
      h('div', { class: 'toolbar' }, h('h2', { 'data-testid': 'ticket-number' }, t.number), h('button', { type: 'button', class: 'link', onclick: () => go('#/tickets') }, '关闭')),
      h('dl', { class: 'facts' },
        [['类型', label(TICKET_TYPE, t.type)], ['类别', t.category], ['状态', label(TICKET_STATUS, t.status)], ['房号/位置', t.unitCode || t.place || ''],
          ['描述', t.description], ['期望时间', t.preferredTime || ''], ['处理人', t.assigneeName || '未派单'], ['超时', t.overdue ? '是' : '否'],
          ...due.map(([k, v]) => [k, formatTime(v)]), ['满意度', t.satisfaction ? `${t.satisfaction} 分 ${t.satisfactionRemark || ''}` : '']]
          .map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      result,
      t.allowed.length ? move : h('p', { class: 'muted' }, '该工单已结束，不能再变更状态'),
      assign,
      h('h3', {}, '处理记录'),
      h('ol', { class: 'history', 'data-testid': 'ticket-history' }, t.history.map((x) =>
        h('li', {}, `${formatTime(x.at)} ${x.from ? `${label(TICKET_STATUS, x.from)} → ` : ''}${label(TICKET_STATUS, x.to)}`, x.note ? h('span', { class: 'muted' }, ` · ${x.note}`) : null))));
  }

  const refresh = debounce(load);
  const onServer = (e) => e.detail.type.startsWith('ticket.') && refresh();
  bus.addEventListener('server', onServer);
  load();
  return () => bus.removeEventListener('server', onServer);
}
