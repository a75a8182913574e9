// A real HTTP server on 127.0.0.1 standing in for a provider: each request
// takes the next scripted behaviour (answer, fail with a status, hang).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProviderBehaviour =
  | { kind: 'ok'; body: unknown }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'hang' };

export interface LoopbackProvider {
  url: string;
  /** Requests that reached the server (fail-fast calls never do). */
  readonly requestCount: number;
  /** Behaviours are consumed in order; the last one repeats. */
  script(...behaviours: ProviderBehaviour[]): void;
  close(): Promise<void>;
}

export async function startLoopbackProvider(): Promise<LoopbackProvider> {
  let queue: ProviderBehaviour[] = [{ kind: 'ok', body: { ok: true } }];
  let requestCount = 0;
  const server: Server = createServer((request, response) => {
    requestCount += 1;
    const behaviour = queue.length > 1 ? queue.shift()! : queue[0]!;
    request.resume();
    if (behaviour.kind === 'hang') return;
    if (behaviour.kind === 'status') {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (behaviour.retryAfter !== undefined) headers['retry-after'] = behaviour.retryAfter;
      response.writeHead(behaviour.status, headers).end(JSON.stringify({ error: 'scripted' }));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(behaviour.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/chat`,
    get requestCount() {
      return requestCount;
    },
    script(...behaviours) {
      queue = behaviours;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
