import type { Server } from 'node:http';
import { createPropDesk } from './bootstrap';
import { ConfigError, loadConfig } from './config';
import { startScheduler } from './jobs/scheduler';
import { createLogger } from './shared/logger';

/** How long in-flight requests get to finish on SIGTERM/SIGINT before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const desk = await createPropDesk(config, { logger, firstStart: true });
  if (desk.firstStartToken) {
    // Shown once, on the console only: the staff API's administrator token.
    process.stdout.write(`\nFirst start: staff administrator token (shown once, keep it safe):\n  ${desk.firstStartToken}\n\n`);
  }
  const scheduler = startScheduler(desk.deps, desk.engine.deps.replies);
  const server: Server = desk.app.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(`PropDesk listening on http://localhost:${port}`, { db: config.db.url.startsWith('sqlite:') ? 'sqlite' : 'mysql' });
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(async () => {
      await scheduler.stop();
      await desk.close();
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections?.();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`PropDesk cannot start: ${err.message}\n`);
  } else {
    process.stderr.write(`PropDesk failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
