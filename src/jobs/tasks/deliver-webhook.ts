// deliver_webhook: POST the approved configuration to the tenant's webhook URL,
// signed (src/webhooks/signature.ts), retried with the `network` strategy.
import { z } from 'zod';
import type { TaskDefinition } from '../task-definition.ts';
import { signWebhook, SIGNATURE_HEADER } from '../../webhooks/signature.ts';
import { NonRetryableError, ProviderHttpError } from '../../resilience/error-classification.ts';

const payloadSchema = z.object({ session_id: z.string().uuid(), recommendation_id: z.string().uuid() });
type Payload = z.infer<typeof payloadSchema>;

export const deliverWebhook: TaskDefinition<Payload> = {
  name: 'deliver_webhook',
  strategy: 'network',
  payloadSchema,
  async run(ctx) {
    const { rows } = await ctx.app.db.query<{ webhook_url: string | null; webhook_secret: string; tenant_id: string; client_id: string; config: unknown; version: number; contact: unknown; completed_at: Date | null }>(
      `SELECT t.webhook_url, t.webhook_secret, s.tenant_id, s.client_id, r.config, r.version, s.answers -> 'site_contact' AS contact, s.completed_at
         FROM recommendations r JOIN sessions s ON s.id = r.session_id JOIN tenants t ON t.id = s.tenant_id
        WHERE r.id = $1 AND s.id = $2`,
      [ctx.payload.recommendation_id, ctx.payload.session_id],
    );
    const row = rows[0];
    if (!row) throw new NonRetryableError('the approved session or recommendation no longer exists');
    if (!row.webhook_url) return async () => ({ delivered: false, reason: 'no webhook URL configured for this tenant' });
    const body = JSON.stringify({
      id: ctx.task.id,
      type: 'onboarding.completed',
      created_at: new Date().toISOString(),
      data: { tenant_id: row.tenant_id, client_id: row.client_id, session_id: ctx.payload.session_id, recommendation_id: ctx.payload.recommendation_id, version: row.version, configuration: row.config, site_contact: row.contact ?? null, completed_at: row.completed_at },
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(row.webhook_url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhook(row.webhook_secret, body, timestamp), 'intake-event-id': ctx.task.id },
      body,
      // A followed 301/302/303 re-sends as a GET without the body, and its 200 would read as delivered.
      redirect: 'manual',
      signal: AbortSignal.timeout(ctx.app.config.WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (response.status >= 300 && response.status < 400) {
      throw new ProviderHttpError('webhook', response.status, {
        message: `webhook answered HTTP ${response.status}, a redirect; deliveries are not redirected: set the tenant's webhook URL to the address it points to`,
      });
    }
    if (!response.ok) throw ProviderHttpError.fromResponse(response, 'webhook');
    return async () => ({ delivered: true, status: response.status });
  },
};
