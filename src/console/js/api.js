// Talks to /api/staff with the bearer token. The token lives in sessionStorage (this tab only, gone when
// it closes) and is sent as an Authorization header, never as a cookie: another site cannot make the
// browser send it, so the console needs no CSRF token.

const KEY = 'propdesk.console.session';

export const session = {
  // Expiry is the server's call (a 401 signs out): the browser's clock may differ from the server's.
  get() {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) || 'null');
    } catch {
      return null;
    }
  },
  set(s) {
    sessionStorage.setItem(KEY, JSON.stringify(s));
  },
  clear() {
    sessionStorage.removeItem(KEY);
  },
};

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const MESSAGES = {
  FORBIDDEN: '您的角色无权进行此操作',
  ALREADY_CLAIMED: '该会话已由其他同事接待',
  ALREADY_RESOLVED: '该会话已解决',
  INVALID_TRANSITION: '工单不能从当前状态变更到该状态',
  TOO_MANY_LOGIN_ATTEMPTS: '登录失败次数过多，请稍后再试',
  NOT_AN_ENGINEER: '只能派给在职的工程师',
  SCHEDULED_IN_PAST: '发送时间不能早于现在',
  NOT_EDITABLE: '该公告已不能修改',
};

/** Tells the app the session ended (expired token, logout elsewhere). */
function signedOut() {
  session.clear();
  window.dispatchEvent(new Event('propdesk:signed-out'));
}

async function request(method, path, init = {}) {
  const s = session.get();
  const headers = { ...(init.headers || {}) };
  if (s) headers.Authorization = `Bearer ${s.token}`;
  const res = await fetch(`/api/staff${path}`, { method, ...init, headers });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    if (res.status === 401 && path !== '/login') signedOut();
    const code = body?.error?.code || `HTTP_${res.status}`;
    throw new ApiError(res.status, code, MESSAGES[code] || body?.error?.message || `请求失败（${res.status}）`);
  }
  return body;
}

export function api(method, path, body) {
  return request(method, path, body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
}

/** Uploads a ledger file as the raw body; the server runs the same import as the command line. */
export function uploadLedger(kind, file) {
  return request('POST', `/imports/${kind}`, {
    body: file,
    headers: { 'Content-Type': 'application/octet-stream', 'X-Filename': encodeURIComponent(file.name) },
  });
}

/**
 * Listens to /api/staff/events (server-sent events) with fetch, so the bearer header goes along (the
 * browser's EventSource cannot send one). Reconnects after a pause; returns a function that stops it.
 */
export function listenEvents(onEvent, onState) {
  let stopped = false;
  let controller = null;
  const run = async () => {
    while (!stopped) {
      const s = session.get();
      if (!s) return;
      controller = new AbortController();
      try {
        const res = await fetch('/api/staff/events', { headers: { Authorization: `Bearer ${s.token}`, Accept: 'text/event-stream' }, signal: controller.signal });
        if (res.status === 401) return signedOut();
        if (!res.ok || !res.body) throw new Error(`events ${res.status}`);
        onState('live');
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let cut;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const type = /^event: (.*)$/m.exec(frame)?.[1];
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (type && data) onEvent(type, JSON.parse(data));
          }
        }
      } catch {
        if (stopped) return;
      }
      onState('offline');
      await new Promise((r) => setTimeout(r, 3000));
    }
  };
  run();
  return () => {
    stopped = true;
    controller?.abort();
  };
}
