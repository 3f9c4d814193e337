import { Initial1795418916136 } from './1795418916136-Initial';

/** Migrations for this driver, oldest first. Generate new ones with src/cli/migration-generate.ts. */
export const MYSQL_MIGRATIONS: Function[] = [Initial1795418916136];
