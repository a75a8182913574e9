// A real HTTP server on 127.0.0.1 that records webhook deliveries (the host platform's side).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook { headers: http.IncomingHttpHeaders; body: string }

export async function startWebhookReceiver(options: { failFirst?: number; status?: number } = {}): Promise<{ url: string; received: ReceivedWebhook[]; close(): Promise<void> }> {
  const received: ReceivedWebhook[] = [];
  let failuresLeft = options.failFirst ?? 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        res.writeHead(options.status ?? 503).end();
        return;
      }
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/intake`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
