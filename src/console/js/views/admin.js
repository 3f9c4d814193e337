import { api, uploadLedger } from '../api.js';
import { h, mount, notice, select } from '../dom.js';
import { ROLE, label } from '../labels.js';

const ROLES = Object.entries(ROLE);

/** Admin: staff accounts (create, role, disable, reset password) and ledger imports with per-row errors. */
export function renderAdmin(main, { me }) {
  const accountsMessage = h('div');
  const accounts = h('tbody');
  const username = h('input', { placeholder: '用户名', maxlength: 64, required: true });
  const displayName = h('input', { placeholder: '姓名（可选）', maxlength: 64 });
  const role = select({ 'aria-label': '角色' }, ROLES, 'agent');
  const create = h('form', { class: 'inline', onsubmit: async (e) => {
    e.preventDefault();
    try {
      const s = await api('POST', '/accounts', { username: username.value.trim(), role: role.value, displayName: displayName.value.trim() || undefined });
      mount(accountsMessage, notice(`已创建 ${s.username}，一次性密码：${s.password}（只显示这一次）`, 'ok'));
      username.value = displayName.value = '';
      loadAccounts();
    } catch (err) {
      mount(accountsMessage, notice(err.message));
    }
  } }, username, displayName, role, h('button', { type: 'submit' }, '创建账号'));

  const kind = select({ 'aria-label': '导入类型', 'data-testid': 'import-kind' }, [['owners', '业主名册'], ['bills', '账单']]);
  const file = h('input', { type: 'file', accept: '.csv,.xlsx', 'data-testid': 'import-file', required: true });
  const importResult = h('div', { 'data-testid': 'import-result' });
  const upload = h('form', { class: 'inline', onsubmit: async (e) => {
    e.preventDefault();
    if (!file.files[0]) return;
    mount(importResult, h('p', { class: 'muted' }, '导入中…'));
    try {
      const r = await uploadLedger(kind.value, file.files[0]);
      mount(importResult,
        notice(`新增 ${r.imported}，更新 ${r.updated}，拒绝 ${r.rejected}`, r.rejected ? 'error' : 'ok'),
        r.errors.length ? h('table', { class: 'table' }, h('thead', {}, h('tr', {}, h('th', {}, '行号'), h('th', {}, '原因'))),
          h('tbody', {}, r.errors.map((x) => h('tr', {}, h('td', {}, String(x.line)), h('td', {}, x.reason))))) : null);
    } catch (err) {
      mount(importResult, notice(err.message));
    }
  } }, kind, file, h('button', { type: 'submit' }, '上传并导入'));

  mount(main,
    h('section', { class: 'panel' }, h('h2', {}, '员工账号'), accountsMessage, create,
      h('div', { class: 'scroll' }, h('table', { class: 'table' }, h('thead', {}, h('tr', {}, ['用户名', '姓名', '角色', '状态', ''].map((x) => h('th', {}, x)))), accounts))),
    h('section', { class: 'panel' }, h('h2', {}, '导入业主与账单'),
      h('p', { class: 'muted' }, '与命令行 npm run import 相同：CSV（UTF-8，可带 BOM）或 XLSX，首行为表头。重复导入同一文件不会改变数据。'),
      upload, importResult));

  async function change(id, body) {
    try {
      await api('PATCH', `/accounts/${id}`, body);
      loadAccounts();
    } catch (err) {
      mount(accountsMessage, notice(err.message));
    }
  }

  async function loadAccounts() {
    const { items } = await api('GET', '/accounts');
    mount(accounts, items.map((s) => h('tr', {},
      h('td', {}, s.username), h('td', {}, s.displayName),
      h('td', {}, s.id === me.id ? label(ROLE, s.role) : select({ onchange: (e) => change(s.id, { role: e.target.value }) }, ROLES, s.role)),
      h('td', {}, s.active ? '在职' : '已停用'),
      h('td', {}, s.id !== me.id && h('button', { type: 'button', class: 'secondary', onclick: () => change(s.id, { active: !s.active }) }, s.active ? '停用' : '启用'),
        h('button', { type: 'button', class: 'secondary', onclick: async () => {
          try {
            const r = await api('POST', `/accounts/${s.id}/reset-password`);
            mount(accountsMessage, notice(`${r.username} 的新密码：${r.password}（只显示这一次）`, 'ok'));
          } catch (err) {
            mount(accountsMessage, notice(err.message));
          }
        } }, '重置密码')))));
  }
  loadAccounts().catch((err) => mount(accountsMessage, notice(err.message)));
}
