import { Initial1795418915143 } from './1795418915143-Initial';

/** Migrations for this driver, oldest first. Generate new ones with src/cli/migration-generate.ts. */
export const SQLITE_MIGRATIONS: Function[] = [Initial1795418915143];
