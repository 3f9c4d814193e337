import { api } from '../api.js';
import { h, mount, notice } from '../dom.js';

/** Canned replies (快捷回复): data that supervisors and admins keep; agents insert them in the case view. */
export function renderCanned(main) {
  const message = h('div');
  const list = h('ul', { class: 'plain cards' });
  const title = h('input', { placeholder: '标题', maxlength: 60, required: true });
  const text = h('textarea', { placeholder: '回复内容', rows: 3, maxlength: 2000, required: true });
  let editing = null;
  const submit = h('button', { type: 'submit' }, '添加');
  const form = h('form', { class: 'card stack', onsubmit: async (e) => {
    e.preventDefault();
    try {
      const body = { title: title.value.trim(), text: text.value.trim() };
      await (editing ? api('PUT', `/canned-replies/${editing}`, body) : api('POST', '/canned-replies', body));
      editing = null;
      title.value = text.value = '';
      submit.textContent = '添加';
      mount(message, notice('已保存', 'ok'));
      load();
    } catch (err) {
      mount(message, notice(err.message));
    }
  } }, title, text, submit);
  mount(main, h('section', { class: 'panel' }, h('h2', {}, '快捷回复'), message, form, list));

  async function load() {
    const { items } = await api('GET', '/canned-replies');
    mount(list, items.length ? items.map((c) => h('li', { class: 'card' },
      h('strong', {}, c.title), h('p', { class: 'pre' }, c.text),
      h('button', { type: 'button', class: 'secondary', onclick: () => {
        editing = c.id;
        title.value = c.title;
        text.value = c.text;
        submit.textContent = '保存修改';
        title.focus();
      } }, '编辑'),
      h('button', { type: 'button', class: 'danger', onclick: async () => {
        if (!confirm(`删除快捷回复“${c.title}”？`)) return;
        await api('DELETE', `/canned-replies/${c.id}`).catch((err) => mount(message, notice(err.message)));
        load();
      } }, '删除'))) : h('li', { class: 'empty' }, '暂无快捷回复'));
  }
  load().catch((err) => mount(message, notice(err.message)));
}
