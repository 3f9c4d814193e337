import type { z } from 'zod';
import { badRequest } from './errors';

/** Parses a request body or query with a zod schema; a mismatch is a 400 naming the field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first.path.length ? first.path.join('.') : 'body';
    throw badRequest('INVALID_REQUEST', `${where}: ${first.message}`);
  }
  return result.data;
}
