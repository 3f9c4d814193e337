import { Initial1795420137898 } from './1795420137898-Initial';

/** Migrations for this driver, oldest first. Generate new ones with src/cli/migration-generate.ts. */
export const SQLITE_MIGRATIONS: Function[] = [Initial1795420137898];
