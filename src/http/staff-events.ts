import type { ServerResponse } from 'node:http';
import type { Context } from 'koa';
import { MoreThan } from 'typeorm';
import { Message, Ticket } from '../../entities';
import { inTransaction, type TxDeps } from '../db/transaction';
import type { DomainEvent } from '../domain/context';
import type { StaffPrincipal } from './staff-auth';

/** Domain events the console hears about; each is a hint to refetch through the role-checked API. */
const DESK_EVENTS = new Set([
  'escalation.created', 'escalation.raised', 'escalation.claimed', 'escalation.resolved', 'message.outbound',
  'ticket.created', 'ticket.status_changed', 'ticket.assigned',
]);
const TICKET_EVENTS = new Set(['ticket.created', 'ticket.status_changed', 'ticket.assigned']);
/** Synthesised here: the engine publishes no event for an owner's message, so new ones are polled for. */
const INBOUND = 'message.inbound';

const HEARTBEAT_MS = 25_000;
const INBOUND_POLL_MS = 1_000;

interface Client {
  staff: StaffPrincipal;
  res: ServerResponse;
}

/**
 * Server-sent events for the console's live queue: one subscriber on the domain event bus fans out to the
 * connected consoles. Payloads carry ids only; engineers hear only about tickets assigned to them.
 */
export class StaffEventHub {
  private readonly clients = new Set<Client>();
  private heartbeat: NodeJS.Timeout | null = null;
  private poller: NodeJS.Timeout | null = null;
  private lastInboundId: number | null = null;
  private polling = false;

  constructor(private readonly deps: TxDeps) {
    deps.events?.subscribe((event) => this.publish(event));
  }

  /** Turns the request into an event stream that stays open until the client goes away. */
  open(ctx: Context, staff: StaffPrincipal): void {
    // Written straight to the socket (koa would report the client going away as a stream error).
    ctx.respond = false;
    const res = ctx.res;
    const client: Client = { staff, res };
    ctx.req.socket.setTimeout(0);
    ctx.req.socket.setNoDelay(true);
    ctx.req.socket.setKeepAlive(true);
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
      Connection: 'keep-alive',
    });
    res.write(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ role: staff.role })}\n\n`);
    this.clients.add(client);
    const drop = () => this.drop(client);
    ctx.req.on('close', drop);
    res.on('error', drop);
    this.start();
  }

  get size(): number {
    return this.clients.size;
  }

  /** Ends every stream (server shutdown). */
  close(): void {
    for (const client of this.clients) client.res.end();
    this.clients.clear();
    this.stop();
  }

  private drop(client: Client): void {
    if (!this.clients.delete(client)) return;
    client.res.end();
    if (!this.clients.size) this.stop();
  }

  private start(): void {
    if (!this.heartbeat) {
      this.heartbeat = setInterval(() => this.send(() => true, ': keep-alive\n\n'), HEARTBEAT_MS);
      this.heartbeat.unref();
    }
    if (!this.poller) {
      this.poller = setInterval(() => void this.pollInbound(), INBOUND_POLL_MS);
      this.poller.unref();
      void this.pollInbound(); // note where the stream starts, so the first second is not missed
    }
  }

  private stop(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.poller) clearInterval(this.poller);
    this.heartbeat = this.poller = null;
    this.lastInboundId = null;
  }

  private send(to: (staff: StaffPrincipal) => boolean, chunk: string): void {
    for (const client of this.clients) if (to(client.staff) && !client.res.writableEnded) client.res.write(chunk);
  }

  private async publish(event: DomainEvent): Promise<void> {
    if (!this.clients.size || !DESK_EVENTS.has(event.type)) return;
    const data = frame(event.type, pick(event.payload));
    this.send((s) => s.role !== 'engineer', data);
    if (TICKET_EVENTS.has(event.type) && [...this.clients].some((c) => c.staff.role === 'engineer')) {
      const ticketId = Number(event.payload.ticketId);
      const ticket = await inTransaction(this.deps, { type: 'system', id: 'console-events' }, (ctx) => ctx.em.findOneBy(Ticket, { id: ticketId }));
      const previous = event.type === 'ticket.assigned' ? Number(event.payload.previous ?? NaN) : NaN;
      this.send((s) => s.role === 'engineer' && (ticket?.assigneeId === s.id || previous === s.id), data);
    }
  }

  private async pollInbound(): Promise<void> {
    if (this.polling || !this.clients.size) return;
    this.polling = true;
    try {
      const rows = await inTransaction(this.deps, { type: 'system', id: 'console-events' }, async (ctx) => {
        if (this.lastInboundId === null) {
          const latest = await ctx.em.find(Message, { order: { id: 'DESC' }, take: 1 });
          this.lastInboundId = latest[0]?.id ?? 0;
          return [];
        }
        return ctx.em.find(Message, {
          where: { id: MoreThan(this.lastInboundId), direction: 'in' },
          order: { id: 'ASC' },
          take: 100,
        });
      });
      for (const m of rows) {
        this.lastInboundId = Math.max(this.lastInboundId ?? 0, m.id);
        this.send((s) => s.role !== 'engineer', frame(INBOUND, { messageId: m.id, conversationId: m.conversationId }));
      }
    } catch (err) {
      this.deps.logger.warn('console event poll failed', { err });
    } finally {
      this.polling = false;
    }
  }
}

/** Only ids and codes go out on the stream; texts are read through the API, which checks roles. */
const FORWARDED = ['escalationId', 'conversationId', 'ticketId', 'number', 'reason', 'priority', 'from', 'to', 'staffId', 'messageId', 'type'];
function pick(payload: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(FORWARDED.filter((k) => payload[k] !== undefined).map((k) => [k, payload[k]]));
}

function frame(type: string, data: Record<string, unknown>): string {
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}
