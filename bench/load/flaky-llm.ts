// The chaos phase's LLM: the tests' loopback OpenAI-compatible stand-in with the
// scripted model, answering HTTP 500 to a fixed share of calls at random.
import { startChatCompletionsStandIn, type ChatCompletionsStandIn } from '../../test/providers/llm/chat-completions-stand-in.ts';
import { scriptedModel, understandingReply } from '../../test/providers/llm/scripted-model.ts';
import { userDataOf } from '../../test/providers/llm/chat-completions-stand-in.ts';

export interface FlakyLlm { url: string; calls: () => number; injectedFailures: () => number; close(): Promise<void> }

export async function startFlakyLlm(failureShare: number): Promise<FlakyLlm> {
  let calls = 0;
  let injected = 0;
  const model = scriptedModel({
    understand_turn: (body) => understandingReply(body),
    phrase_reply: (body) => ({ kind: 'text', content: `Got it, thanks. ${String(userDataOf(body).next_question)}`, tokenDelayMs: 2 }),
  });
  const standIn: ChatCompletionsStandIn = await startChatCompletionsStandIn((body, purpose) => {
    calls += 1;
    if (Math.random() < failureShare) {
      injected += 1;
      return { kind: 'status', status: 500, body: '{"error":{"message":"injected failure","type":"server_error"}}' };
    }
    return model(body, purpose);
  });
  return { url: standIn.url, calls: () => calls, injectedFailures: () => injected, close: () => standIn.close() };
}
