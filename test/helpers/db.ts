import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import mysql from 'mysql2/promise';
import { openDatabase, dbKindOf } from '../../src/db/data-source';

/**
 * Every integration test runs against the database named by TEST_DB_URL (or DB_URL):
 * a SQLite file by default, MariaDB/MySQL when CI sets `DB_URL=mysql://…`. Each test file gets its own
 * fresh database (a temp SQLite file, or a new MySQL schema dropped afterwards).
 */
export function testDbKind(): 'sqlite' | 'mysql' {
  return dbKindOf(process.env.TEST_DB_URL || process.env.DB_URL || 'sqlite:');
}

export interface TestDb {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const base = process.env.TEST_DB_URL || process.env.DB_URL || '';
  const suffix = crypto.randomBytes(4).toString('hex');
  if (!base || base.startsWith('sqlite:')) {
    const file = path.join(os.tmpdir(), `propdesk-test-${process.pid}-${suffix}.sqlite`);
    const url = `sqlite:${file}`;
    const dataSource = await openDatabase(url);
    return {
      url,
      dataSource,
      drop: async () => {
        if (dataSource.isInitialized) await dataSource.destroy();
        for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      },
    };
  }
  const server = new URL(base.replace(/^mariadb:/, 'mysql:'));
  const name = `${decodeURIComponent(server.pathname.slice(1)) || 'propdesk_test'}_${suffix}`;
  const connectToServer = () =>
    mysql.createConnection({
      host: server.hostname, port: Number(server.port || 3306),
      user: decodeURIComponent(server.username), password: decodeURIComponent(server.password),
    });
  const admin = await connectToServer();
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  server.pathname = `/${name}`;
  const url = server.toString();
  const dataSource = await openDatabase(url);
  return {
    url,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      const conn = await connectToServer();
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
