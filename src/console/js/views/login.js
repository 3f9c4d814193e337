import { api, session } from '../api.js';
import { h, notice } from '../dom.js';

/** The sign-in form. On success the session (token, role, name) is kept for this tab only. */
export function renderLogin(done) {
  const message = h('div');
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, maxlength: 64 });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, maxlength: 200 });
  const button = h('button', { type: 'submit' }, '登录');
  const form = h('form', { class: 'card login', onsubmit: async (e) => {
    e.preventDefault();
    button.disabled = true;
    message.replaceChildren();
    try {
      const res = await api('POST', '/login', { username: username.value.trim(), password: password.value });
      session.set({ token: res.token, expiresAt: res.expiresAt, staff: res.staff });
      done();
    } catch (err) {
      message.append(notice(err.status === 401 ? '用户名或密码错误' : err.message));
      button.disabled = false;
    }
  } },
  h('h1', {}, '物业前台 · 客服控制台'),
  h('label', {}, '用户名', username),
  h('label', {}, '密码', password),
  message,
  button);
  return h('div', { class: 'login-page' }, form);
}
