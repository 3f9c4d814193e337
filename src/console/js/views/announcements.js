import { api } from '../api.js';
import { formatTime, h, mount, notice, select } from '../dom.js';
import { ANNOUNCEMENT_STATUS, label } from '../labels.js';

/**
 * Announcement drafts (停水、电梯检修…) with audience and a sending time. Sending them to owners is a job
 * still to be built: here they are only drafted and scheduled.
 */
export function renderAnnouncements(main) {
  const message = h('div');
  const list = h('ul', { class: 'plain cards' });
  const title = h('input', { placeholder: '标题', maxlength: 100, required: true });
  const body = h('textarea', { placeholder: '正文', rows: 4, maxlength: 5000, required: true });
  const audience = select({ 'aria-label': '发送对象' }, [['all', '全体已绑定业主'], ['buildings', '指定楼栋']]);
  const buildings = h('input', { placeholder: '楼栋，用逗号分隔，如 3,5' });
  const when = h('input', { type: 'datetime-local', 'aria-label': '计划发送时间' });
  const form = h('form', { class: 'card stack', onsubmit: async (e) => {
    e.preventDefault();
    const payload = {
      title: title.value.trim(),
      body: body.value.trim(),
      audience: audience.value === 'all' ? { type: 'all' } : { type: 'buildings', buildings: buildings.value.split(/[,，\s]+/).filter(Boolean) },
      scheduledAt: when.value ? new Date(when.value).toISOString() : null,
    };
    try {
      await api('POST', '/announcements', payload);
      title.value = body.value = buildings.value = when.value = '';
      mount(message, notice('已保存为草稿', 'ok'));
      load();
    } catch (err) {
      mount(message, notice(err.message));
    }
  } }, title, body, h('div', { class: 'inline' }, audience, buildings), h('label', {}, '计划发送时间（可不填）', when),
  h('p', { class: 'muted' }, '说明：目前只保存草稿和计划时间，自动发送将由后续的发送任务完成。'),
  h('button', { type: 'submit' }, '保存草稿'));
  mount(main, h('section', { class: 'panel' }, h('h2', {}, '公告'), message, form, list));

  async function load() {
    const { items } = await api('GET', '/announcements');
    mount(list, items.length ? items.map((a) => h('li', { class: 'card' },
      h('strong', {}, a.title), ' ', h('span', { class: 'badge' }, label(ANNOUNCEMENT_STATUS, a.status)),
      h('p', { class: 'muted' }, `对象：${a.audience.type === 'all' ? '全体业主' : `${a.audience.buildings.join('、')} 栋`} · 计划：${a.scheduledAt ? formatTime(a.scheduledAt) : '未定'}`),
      h('p', { class: 'pre' }, a.body),
      ['draft', 'scheduled'].includes(a.status) && h('button', { type: 'button', class: 'danger', onclick: async () => {
        await api('POST', `/announcements/${a.id}/cancel`).catch((err) => mount(message, notice(err.message)));
        load();
      } }, '取消'))) : h('li', { class: 'empty' }, '暂无公告'));
  }
  load().catch((err) => mount(message, notice(err.message)));
}
