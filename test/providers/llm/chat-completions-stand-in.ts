// A real HTTP server on 127.0.0.1 speaking OpenAI chat completions (JSON and
// SSE streaming) for LLM tests. It records every request body and is scripted
// per test: a model function answers, and one-shot replies (500s, 429 +
// Retry-After, hangs, malformed JSON) can be queued in front of it.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatBody {
  model: string;
  messages: Array<{ role: string; content: string }>;
  stream?: boolean;
  response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
  max_tokens?: number;
}

export type StandInReply =
  | { kind: 'json'; content: unknown }
  /** Sent verbatim as the message content (malformed JSON, prose). */
  | { kind: 'raw'; content: string }
  | { kind: 'text'; content: string; tokenDelayMs?: number }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'hang' };

export type Model = (body: ChatBody, purpose: string) => StandInReply;

export interface RecordedChat { raw: string; body: ChatBody; purpose: string; headers: Record<string, string | string[] | undefined> }

export interface ChatCompletionsStandIn {
  url: string;
  requests: RecordedChat[];
  /** Replaces the model that answers when no one-shot reply is queued. */
  setModel(model: Model): void;
  /** Replies used (in order) before the model, optionally only for one purpose. */
  enqueue(...replies: Array<StandInReply & { purpose?: string }>): void;
  /** Answer 400 "response_format json_schema is not supported" to every json_schema request. */
  rejectJsonSchema: boolean;
  close(): Promise<void>;
}

/** The purpose line buildPrompt puts first in the system message. */
export function purposeOf(body: ChatBody): string {
  return /^Task: ([a-z_]+)\./.exec(body.messages.find((message) => message.role === 'system')?.content ?? '')?.[1] ?? 'unknown';
}

/** The JSON inside <user_data> of the first user message. */
export function userDataOf(body: ChatBody): Record<string, unknown> {
  const content = body.messages.find((message) => message.role === 'user')?.content ?? '';
  const match = /<user_data>\n([\s\S]*)\n<\/user_data>/.exec(content);
  return match ? (JSON.parse(match[1]!) as Record<string, unknown>) : {};
}

function completion(content: string, model: string): string {
  return JSON.stringify({
    id: 'chatcmpl-stand-in', object: 'chat.completion', created: Math.floor(Date.now() / 1000), model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 100, completion_tokens: Math.ceil(content.length / 4), total_tokens: 100 + Math.ceil(content.length / 4) },
  });
}

async function streamText(response: ServerResponse, reply: { content: string; tokenDelayMs?: number }, model: string): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const tokens = reply.content.match(/\S+\s*/g) ?? [];
  for (const token of tokens) {
    response.write(`data: ${JSON.stringify({ id: 'chunk', object: 'chat.completion.chunk', model, choices: [{ index: 0, delta: { content: token } }] })}\n\n`);
    await new Promise((resolve) => setTimeout(resolve, reply.tokenDelayMs ?? 5));
  }
  response.write(`data: ${JSON.stringify({ id: 'chunk', object: 'chat.completion.chunk', model, choices: [], usage: { prompt_tokens: 80, completion_tokens: tokens.length } })}\n\n`);
  response.end('data: [DONE]\n\n');
}

export async function startChatCompletionsStandIn(model: Model = () => ({ kind: 'status', status: 500 })): Promise<ChatCompletionsStandIn> {
  const requests: RecordedChat[] = [];
  const queued: Array<StandInReply & { purpose?: string }> = [];
  let currentModel = model;
  const state = { rejectJsonSchema: false };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = JSON.parse(raw) as ChatBody;
      const purpose = purposeOf(body);
      requests.push({ raw, body, purpose, headers: request.headers });
      if (request.url !== '/v1/chat/completions') return void response.writeHead(404).end();
      if (state.rejectJsonSchema && body.response_format?.type === 'json_schema') {
        return void response.writeHead(400, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", type: 'invalid_request_error' } }));
      }
      const index = queued.findIndex((reply) => reply.purpose === undefined || reply.purpose === purpose);
      const reply = index >= 0 ? queued.splice(index, 1)[0]! : currentModel(body, purpose);
      switch (reply.kind) {
        case 'json': return void response.writeHead(200, { 'content-type': 'application/json' }).end(completion(JSON.stringify(reply.content), body.model));
        case 'raw': return void response.writeHead(200, { 'content-type': 'application/json' }).end(completion(reply.content, body.model));
        case 'text': return void streamText(response, reply, body.model);
        case 'status': return void response.writeHead(reply.status, reply.headers).end(reply.body ?? '{"error":{"message":"scripted failure"}}');
        case 'hang': return;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setModel: (next) => { currentModel = next; },
    enqueue: (...replies) => { queued.push(...replies); },
    get rejectJsonSchema() { return state.rejectJsonSchema; },
    set rejectJsonSchema(value: boolean) { state.rejectJsonSchema = value; },
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
