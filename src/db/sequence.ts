import type { EntityManager } from 'typeorm';

/**
 * Atomically increments and returns the counter `key` (1 on first use). One statement on each
 * driver, so two instances asking at once get different numbers.
 */
export async function nextSequence(em: EntityManager, key: string): Promise<number> {
  if (em.connection.options.type === 'better-sqlite3') {
    const rows: { value: number }[] = await em.query(
      'INSERT INTO sequence_counter ("key", value) VALUES (?, 1) ON CONFLICT("key") DO UPDATE SET value = value + 1 RETURNING value',
      [key],
    );
    return rows[0].value;
  }
  await em.query(
    'INSERT INTO sequence_counter (`key`, value) VALUES (?, LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE value = LAST_INSERT_ID(value + 1)',
    [key],
  );
  const rows: { id: string | number }[] = await em.query('SELECT LAST_INSERT_ID() AS id');
  return Number(rows[0].id);
}
