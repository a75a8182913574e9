// GET /sessions/:id/events — Server-Sent Events. Follows the session_events id
// cursor: woken at once in-process, polled otherwise (works across processes).
// A stream ends once its session is finished or erased, and a finished session
// with nothing left to send answers 204, which tells EventSource not to reconnect:
// a tab left open on a completed onboarding does not poll the database forever.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../app-context.ts';
import { requirePrincipal } from '../auth.ts';
import { loadSession } from '../../conversation/session-store.ts';
import { isFinal, type SessionState } from '../../conversation/state-machine.ts';
import { readSessionEvents, sessionEventBus } from '../../conversation/session-events.ts';
import { errorResponses, IdParams } from '../schemas.ts';

const POLL_INTERVAL_MS = 250;
const KEEPALIVE_MS = 15_000;
const STATE_CHECK_MS = 2_000;

export default async function sessionEventRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const openStreams = new Set<() => void>();
  app.addHook('onClose', async () => { for (const close of openStreams) close(); });
  app.get('/sessions/:id/events', {
    schema: { tags: ['onboarding'], params: IdParams, querystring: Type.Object({ after: Type.Optional(Type.Integer({ minimum: 0 })), access_token: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }), response: { 204: Type.Null(), ...errorResponses } },
  }, async (request, reply) => {
    const principal = requirePrincipal(request);
    const session = await loadSession(ctx.db, principal, (request.params as { id: string }).id);
    const lastEventId = Number(request.headers['last-event-id']);
    let cursor = Number.isInteger(lastEventId) ? lastEventId : (request.query as { after?: number }).after ?? 0;
    if (isFinal(session.state) && (await readSessionEvents(ctx.db, session.id, cursor, 1)).length === 0) return reply.status(204).send();
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-request-id': request.id, 'x-accel-buffering': 'no' });
    raw.write(': connected\n\n');
    let closed = false;
    let pumping = false;
    let again = false;
    const pump = async () => {
      if (closed) return;
      if (pumping) { again = true; return; }
      pumping = true;
      try {
        do {
          again = false;
          const events = await readSessionEvents(ctx.db, session.id, cursor);
          for (const event of events) {
            cursor = Number(event.id);
            raw.write(`id: ${cursor}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
          }
          if (events.length === 100) again = true;
        } while (again && !closed);
      } catch (err) {
        request.log.warn({ err }, 'session event stream read failed');
      } finally {
        pumping = false;
      }
    };
    const wake = () => void pump();
    sessionEventBus.on(session.id, wake);
    const poll = setInterval(wake, POLL_INTERVAL_MS);
    const keepalive = setInterval(() => raw.write(': keepalive\n\n'), KEEPALIVE_MS);
    /** Ends the stream, after what is left to send, once the session is finished or gone. */
    const endIfOver = async () => {
      const { rows } = await ctx.db.query<{ state: SessionState }>('SELECT state FROM sessions WHERE id = $1', [session.id]);
      if (closed || (rows[0] !== undefined && !isFinal(rows[0].state))) return;
      await pump();
      closeFromServer();
    };
    const stateCheck = setInterval(() => void endIfOver().catch((err: unknown) => request.log.warn({ err }, 'session state check failed')), STATE_CHECK_MS);
    const stop = () => {
      closed = true;
      clearInterval(poll);
      clearInterval(keepalive);
      clearInterval(stateCheck);
      sessionEventBus.off(session.id, wake);
    };
    const closeFromServer = () => { stop(); openStreams.delete(closeFromServer); raw.end(); };
    openStreams.add(closeFromServer);
    request.raw.on('close', () => { stop(); openStreams.delete(closeFromServer); });
    await pump();
    if (isFinal(session.state)) closeFromServer();
  });
}
