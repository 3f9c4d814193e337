import fs from 'node:fs';
import path from 'node:path';
import Router from '@koa/router';
import type { Context } from 'koa';

/** Where the console's static files live (plain HTML, CSS and ES modules: no build step). */
export const CONSOLE_DIR = path.resolve(__dirname, '../console');

/**
 * The console may load only its own files: no inline script or style, no plugins, no framing (clickjacking),
 * and it talks only to this origin. Owner-written text therefore cannot run even if it slipped into the DOM.
 */
export const CONSOLE_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "manifest-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

/** Every servable file under `dir`, by its URL path below /console/. Only these are ever read. */
function listFiles(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  if (!fs.existsSync(dir)) return files;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of listFiles(full, rel)) files.set(k, v);
    else if (TYPES[path.extname(entry.name)]) files.set(rel, full);
  }
  return files;
}

/**
 * Serves the staff console at /console (the single page, its scripts and styles) with strict security
 * headers. There is one route per file found at start, so no request path can reach outside the folder.
 */
export function consoleRouter(dir = CONSOLE_DIR): Router {
  const router = new Router();
  const files = listFiles(dir);

  const serve = (file: string) => async (ctx: Context) => {
    ctx.set('Content-Security-Policy', CONSOLE_CSP);
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = TYPES[path.extname(file)];
    ctx.body = fs.createReadStream(file);
  };

  router.get('/', (ctx) => ctx.redirect('/console/'));
  const index = files.get('index.html');
  // The router matches '/console' and '/console/' alike; relative links need the slash.
  router.get('/console', async (ctx) => {
    if (ctx.path === '/console' || !index) ctx.redirect('/console/');
    else await serve(index)(ctx);
  });
  for (const [rel, file] of files) router.get(`/console/${rel}`, serve(file));
  return router;
}
