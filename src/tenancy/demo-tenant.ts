// The embedded default works out of the box: on first start a `demo` tenant is
// created and a user key and an admin key are printed once (only hashes are kept).
import type { AppContext } from '../app-context.ts';
import { createApiKey, ensureTenant } from '../auth/api-keys.ts';

export async function ensureDemoTenant(ctx: AppContext, print: (line: string) => void): Promise<void> {
  const created = await ctx.db.transaction(async (tx) => {
    if (!(await ensureTenant(tx, 'demo', { name: 'Demo tenant', webhookUrl: process.env.DEMO_WEBHOOK_URL || null }))) return null;
    const user = await createApiKey(tx, { tenantId: 'demo', role: 'user', userId: 'demo-user' });
    const admin = await createApiKey(tx, { tenantId: 'demo', role: 'admin', userId: 'demo-admin' });
    const { rows } = await tx.query<{ webhook_url: string | null; webhook_secret: string }>('SELECT webhook_url, webhook_secret FROM tenants WHERE id = $1', ['demo']);
    return { user: user.key, admin: admin.key, webhook: rows[0]! };
  });
  if (!created) return;
  print('');
  print('Created the demo tenant. These keys are shown once — keep them:');
  print(`  user key:  ${created.user}`);
  print(`  admin key: ${created.admin}`);
  print(`  webhook:   ${created.webhook.webhook_url ?? '(none; set DEMO_WEBHOOK_URL on first start, or intake tenants set-webhook)'}, signing secret ${created.webhook.webhook_secret}`);
  print('');
}
