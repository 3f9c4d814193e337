import { Column, type ColumnOptions } from 'typeorm';

/**
 * Column helpers that map to the same logical type on SQLite and MySQL/MariaDB.
 * Every column names its type explicitly so runtimes without decorator metadata (tsx/esbuild) work.
 */
export const DateTimeColumn = (opts: ColumnOptions = {}) => Column({ type: 'datetime', precision: 3, ...opts });
export const StringColumn = (length: number, opts: ColumnOptions = {}) => Column({ type: 'varchar', length, ...opts });
export const TextColumn = (opts: ColumnOptions = {}) => Column({ type: 'text', ...opts });
export const IntColumn = (opts: ColumnOptions = {}) => Column({ type: 'int', ...opts });
export const BoolColumn = (opts: ColumnOptions = {}) => Column({ type: 'boolean', ...opts });
export const JsonColumn = (opts: ColumnOptions = {}) => Column({ type: 'simple-json', ...opts });
