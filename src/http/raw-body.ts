import type { Context } from 'koa';
import { AppError } from '../shared/errors';

/** Reads an uploaded file sent as the raw request body, refusing more than `limit` bytes with a 413. */
export async function readRawBody(ctx: Context, limit: number): Promise<Buffer> {
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > limit) throw new AppError('TOO_LARGE', `the file is larger than ${Math.round(limit / 1_048_576)} MB`, 413);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new AppError('TOO_LARGE', `the file is larger than ${Math.round(limit / 1_048_576)} MB`, 413);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
