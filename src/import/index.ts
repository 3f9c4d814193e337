export * from './import-ledger';
export type { ImportSource } from './read-table';
