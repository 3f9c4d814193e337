// Builds DOM from data without ever parsing markup: text always goes in as text nodes, so whatever an owner
// wrote (even "<img src=x onerror=alert(1)>") is shown literally. Never assign HTML strings built from data.

/** h('div', { class: 'x', onclick: fn }, 'text', child) — an element with attributes, handlers and children. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) {
      // Only real functions become handlers; a string would be an inline-script attribute.
      if (typeof value === 'function') el.addEventListener(key.slice(2), value);
    } else if (key === 'class') el.className = value;
    else if (key === 'value') el.value = value;
    else if (key === 'checked' || key === 'disabled' || key === 'selected' || key === 'required') el[key] = Boolean(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces everything inside `el`. */
export function mount(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A <select> of [value, label] pairs. */
export function select(props, options, selected) {
  return h('select', props, options.map(([value, label]) => h('option', { value, selected: String(value) === String(selected ?? '') }, label)));
}

const pad = (n) => String(n).padStart(2, '0');

/** '11-23 10:05' in the estate's time (Asia/Shanghai, UTC+8), whatever the browser's zone. */
export function formatTime(iso) {
  if (!iso) return '';
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** '还剩 4 分钟' / '已超时 12 分钟' relative to now. */
export function dueText(iso) {
  if (!iso) return '';
  const minutes = Math.round((new Date(iso).getTime() - Date.now()) / 60000);
  return minutes >= 0 ? `还剩 ${minutes} 分钟` : `已超时 ${-minutes} 分钟`;
}

/** Fen to '¥1,234.50'. */
export function yuan(fen) {
  return `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** A one-line notice at the top of a view: kind 'error' | 'ok'. */
export function notice(text, kind = 'error') {
  return h('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** Calls `fn` at most once per `ms` burst (many live events → one refetch). */
export function debounce(fn, ms = 250) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
