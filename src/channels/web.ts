import Router from '@koa/router';
import { z } from 'zod';
import { MoreThan } from 'typeorm';
import { Conversation, Message } from '../../entities';
import type { Engine } from '../engine/engine';
import { badRequest } from '../http/errors';
import { parseInput } from '../http/validate';

export const WEB_CHANNEL = 'web';

const postSchema = z.object({
  from: z.string().trim().min(1, 'required').max(128, 'at most 128 characters'),
  text: z.string({ error: 'required, a string' }),
  msgId: z.string().trim().min(1).max(128, 'at most 128 characters').optional(),
});

const getSchema = z.object({
  from: z.string().trim().min(1, 'required').max(128),
  after: z.string().regex(/^\d+$/, 'must be a cursor returned by this endpoint').optional(),
});

/**
 * The web chat channel (CONTRACTS §4). Input half: POST a message, get the bot's replies in the
 * response. Output half: everything sent later (staff replies, reminders, surveys) is read with GET
 * and a cursor, since a browser cannot be pushed to without a connection of its own.
 */
export function webChatRouter(engine: Engine, opts: { maxTextLength: number; now?: () => Date }): Router {
  const router = new Router({ prefix: '/api/chat' });
  const now = opts.now ?? (() => new Date());

  router.post('/messages', async (ctx) => {
    const body = parseInput(postSchema, ctx.request.body);
    const text = body.text.trim();
    if (!text) throw badRequest('EMPTY_TEXT', 'text: must contain something other than white space');
    if (text.length > opts.maxTextLength) {
      throw badRequest('TEXT_TOO_LONG', `text: at most ${opts.maxTextLength} characters (got ${text.length}); please split it`);
    }
    const result = await engine.handle({ channel: WEB_CHANNEL, senderId: body.from, externalId: body.msgId, text, at: now() });
    ctx.body = { replies: result.replies, conversationId: result.conversationId, duplicate: result.duplicate };
  });

  router.get('/messages', async (ctx) => {
    const q = parseInput(getSchema, ctx.query);
    const ds = engine.deps.dataSource;
    const conv = await ds.getRepository(Conversation).findOne({ where: { channel: WEB_CHANNEL, senderId: q.from } });
    const after = Number(q.after ?? 0);
    const rows = conv
      ? await ds.getRepository(Message).find({
          where: { conversationId: conv.id, direction: 'out', pushed: true, private: false, id: MoreThan(after) },
          order: { id: 'ASC' },
          take: 100,
        })
      : [];
    ctx.body = {
      messages: rows.map((m) => ({ id: String(m.id), text: m.text, at: m.at.toISOString(), from: m.author })),
      cursor: String(rows.length ? rows[rows.length - 1].id : after),
    };
  });

  return router;
}
