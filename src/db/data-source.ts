import fs from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../../entities';
import { ConfigError } from '../config';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

export type DbKind = 'sqlite' | 'mysql';

export function dbKindOf(url: string): DbKind {
  return url.startsWith('sqlite:') ? 'sqlite' : 'mysql';
}

/** Builds TypeORM options from DB_URL: `sqlite:PATH` or `mysql://user:pass@host:port/db` (also mariadb://). */
export function dataSourceOptions(url: string, opts: { logging?: boolean; poolSize?: number } = {}): DataSourceOptions {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length) || './data/propdesk.sqlite';
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return {
      type: 'better-sqlite3',
      database: file,
      entities: ENTITIES,
      migrations: SQLITE_MIGRATIONS,
      logging: opts.logging ?? false,
      enableWAL: true,
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  } catch {
    throw new ConfigError(`invalid configuration — db.url (DB_URL): cannot parse "${url.replace(/:[^:@/]*@/, ':***@')}"`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new ConfigError('invalid configuration — db.url (DB_URL): the database name is missing');
  return {
    type: 'mysql',
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    username: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    entities: ENTITIES,
    migrations: MYSQL_MIGRATIONS,
    logging: opts.logging ?? false,
    extra: { connectionLimit: opts.poolSize ?? 10 },
  };
}

/** Opens the database and brings its schema up to date through the migrations of its driver. */
export async function openDatabase(url: string, opts: { logging?: boolean; migrate?: boolean; poolSize?: number } = {}): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(url, opts));
  await ds.initialize();
  if (opts.migrate !== false) await ds.runMigrations({ transaction: 'each' });
  return ds;
}
