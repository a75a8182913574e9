// Alerts: a line on the `alerts` log channel and, when ALERT_WEBHOOK_URL is set,
// a POST there. A failing alert webhook is logged, never thrown into the caller.
import type { AppContext } from '../app-context.ts';

export async function raiseAlert(app: AppContext, alert: Record<string, unknown> & { kind: string }): Promise<void> {
  const log = app.logger.child({ channel: 'alerts' });
  log.error({ alert }, `ALERT ${alert.kind}`);
  const url = app.config.ALERT_WEBHOOK_URL;
  if (!url) return;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...alert, at: new Date().toISOString() }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) log.warn({ status: response.status, kind: alert.kind }, 'alert webhook answered with an error');
  } catch (err) {
    log.warn({ err, kind: alert.kind }, 'alert webhook unreachable');
  }
}
