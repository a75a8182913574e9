// A real HTTP server on 127.0.0.1 that speaks just enough of the OpenAI API for
// adapter tests; each test scripts its reply and inspects the recorded request.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest { method: string; url: string; headers: IncomingMessage['headers']; body: Buffer }
export type Reply = (request: RecordedRequest, response: ServerResponse) => void;

export async function startOpenAiStandIn(): Promise<{ baseUrl: string; requests: RecordedRequest[]; reply: (handler: Reply) => void; close: () => Promise<void> }> {
  const requests: RecordedRequest[] = [];
  let handler: Reply = (_request, response) => { response.writeHead(500).end(); };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const recorded = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) };
      requests.push(recorded);
      handler(recorded, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    reply: (next) => { handler = next; },
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

/** Parses a multipart/form-data body into its named parts (enough for tests). */
export function multipartParts(request: RecordedRequest): Map<string, { filename?: string; data: Buffer }> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(request.headers['content-type'] ?? '');
  const parts = new Map<string, { filename?: string; data: Buffer }>();
  if (!boundary) return parts;
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  const raw = request.body.toString('latin1');
  for (const section of raw.split(delimiter).slice(1, -1)) {
    const headerEnd = section.indexOf('\r\n\r\n');
    const headers = section.slice(0, headerEnd);
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    if (!name) continue;
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    parts.set(name, { filename, data: Buffer.from(section.slice(headerEnd + 4, -2), 'latin1') });
  }
  return parts;
}
