/**
 * Developer tool: writes a migration with the SQL that brings a database migrated so far up to the
 * current entities, for one driver. Run against an empty scratch database:
 *   npx tsx src/cli/migration-generate.ts sqlite Name
 *   DB_URL=mysql://root@127.0.0.1:3306/propdesk_gen npx tsx src/cli/migration-generate.ts mysql Name
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../db/data-source';

async function main(): Promise<void> {
  const [kind, name] = process.argv.slice(2);
  if ((kind !== 'sqlite' && kind !== 'mysql') || !name) throw new Error('usage: migration-generate sqlite|mysql Name');
  const url = kind === 'sqlite' ? `sqlite:${path.join(os.tmpdir(), `propdesk-gen-${process.pid}.sqlite`)}` : process.env.DB_URL;
  if (!url) throw new Error('DB_URL is required for mysql');
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (!sql.upQueries.length) {
    console.log('schema is up to date; nothing to write');
    return;
  }
  const ts = Date.now();
  const cls = `${name}${ts}`;
  const q = (s: string) => '`' + s.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${cls} implements MigrationInterface {
  name = '${cls}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n')}
  }
}
`;
  const dir = path.resolve(__dirname, '../db/migrations', kind);
  const file = path.join(dir, `${ts}-${name}.ts`);
  fs.writeFileSync(file, body);
  console.log(`wrote ${path.relative(process.cwd(), file)}; add ${cls} to ${path.relative(process.cwd(), dir)}/index.ts`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
