import { Initial1795420138992 } from './1795420138992-Initial';

/** Migrations for this driver, oldest first. Generate new ones with src/cli/migration-generate.ts. */
export const MYSQL_MIGRATIONS: Function[] = [Initial1795420138992];
