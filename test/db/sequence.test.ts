import { createTestDb, type TestDb } from '../helpers/db';
import { nextSequence } from '../../src/db/sequence';
import { transaction } from '../../src/db/transaction';

describe('human id sequences', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('counts from 1 per key and never hands out a number twice, even concurrently', async () => {
    const ds = db.dataSource;
    expect(await nextSequence(ds.manager, 'R-20261123')).toBe(1);
    expect(await nextSequence(ds.manager, 'R-20261123')).toBe(2);
    expect(await nextSequence(ds.manager, 'B')).toBe(1);
    const many = await Promise.all(Array.from({ length: 20 }, () => transaction(ds, (em) => nextSequence(em, 'C'))));
    expect(new Set(many).size).toBe(20);
    expect(Math.max(...many)).toBe(20);
  });
});

describe('nested transactions', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('a transaction opened inside another neither deadlocks nor loses the outer work when it fails', async () => {
    const ds = db.dataSource;
    await transaction(ds, async (em) => {
      await nextSequence(em, 'outer');
      await expect(
        transaction(ds, async (inner) => {
          await nextSequence(inner, 'inner');
          throw new Error('inner fails');
        }),
      ).rejects.toThrow('inner fails');
      await transaction(ds, (inner) => nextSequence(inner, 'kept'));
    });
    const rows: { key: string }[] = await ds.query('SELECT `key` FROM sequence_counter ORDER BY `key`'.replace(/`/g, ds.options.type === 'better-sqlite3' ? '"' : '`'));
    expect(rows.map((r) => r.key)).toEqual(['kept', 'outer']);
  });
});
