// Follows GET /sessions/:id/events (Server-Sent Events) and hands each event to
// the page; the browser's EventSource reconnects by itself with Last-Event-ID.
export interface SessionStreamHandlers {
  onEvent(type: string, data: Record<string, unknown>): void;
  onTrouble(): void;
}

const EVENT_TYPES = ['assistant_message', 'assistant_token', 'state_changed', 'step_progress', 'step_completed', 'step_failed', 'recommendation_ready', 'task_result'];

export function openSessionStream(url: string, handlers: SessionStreamHandlers): () => void {
  const source = new EventSource(url);
  for (const type of EVENT_TYPES) {
    source.addEventListener(type, (event) => {
      let data: Record<string, unknown> = {};
      try {
        data = JSON.parse((event as MessageEvent<string>).data) as Record<string, unknown>;
      } catch (err) {
        console.warn('unreadable session event', type, err);
      }
      handlers.onEvent(type, data);
    });
  }
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) handlers.onTrouble();
  });
  return () => source.close();
}
