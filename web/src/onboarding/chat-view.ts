// Renders the conversation: messages (appended, so a screen reader announces
// only what is new), progress, the current question, the typing indicator.
import { byId, el, replaceChildren, show } from '../dom/element.ts';
import type { Question, SessionView } from './session-types.ts';

export interface ChatView {
  render(session: SessionView): void;
  setTyping(visible: boolean, text?: string): void;
  /** Shows streamed assistant tokens in a draft bubble until the full message arrives. */
  appendDraft(token: string): void;
  /** The user's own turn, shown at once (the server keeps raw answers out of the message log). */
  appendUserTurn(text: string): void;
  clearDraft(): void;
  reset(): void;
}

function messageKey(message: SessionView['messages'][number]): string {
  return `${message.at}|${message.role}|${message.text}`;
}

function renderQuestion(question: Question | null, onPick: (value: string) => void): void {
  const card = byId('question');
  show(card, question !== null);
  if (!question) return;
  card.dataset.field = question.field;
  byId('question-prompt').textContent = question.prompt;
  byId('question-help').textContent = question.help ?? '';
  const examples = question.examples?.length ? `For example: ${question.examples.map((e) => `“${e}”`).join(', ')}` : '';
  byId('question-examples').textContent = examples;
  const options = (question.options ?? []).map((option) => el('button', { type: 'button', class: 'chip', onclick: () => onPick(option.label) }, [option.label]));
  replaceChildren(byId('question-options'), options);
}

export function createChatView(onPickOption: (value: string) => void): ChatView {
  const list = byId<HTMLOListElement>('messages');
  const seen = new Set<string>();
  let draft: HTMLLIElement | null = null;
  return {
    render(session) {
      for (const message of session.messages) {
        const key = messageKey(message);
        if (seen.has(key)) continue;
        seen.add(key);
        const who = message.role === 'user' ? 'You' : 'Assistant';
        list.append(el('li', { class: `message ${message.role === 'user' ? 'from-user' : 'from-assistant'}` }, [el('span', { class: 'visually-hidden' }, [`${who}: `]), message.text]));
      }
      if (draft && session.messages.some((m) => m.role !== 'user' && m.text === draft?.textContent)) this.clearDraft();
      list.scrollTop = list.scrollHeight;
      const percent = Math.round(session.progress?.percent ?? 0);
      byId<HTMLProgressElement>('progress').value = percent;
      byId('progress-text').textContent = `${percent} %`;
      byId('progress-label').textContent = session.progress?.total ? `Progress: ${session.progress.answered ?? 0} of ${session.progress.total} answered` : 'Progress';
      renderQuestion(session.next_question, onPickOption);
    },
    setTyping(visible, text = 'Assistant is typing…') {
      byId('typing-text').textContent = text;
      show(byId('typing'), visible);
    },
    appendUserTurn(text) {
      list.append(el('li', { class: 'message from-user' }, [el('span', { class: 'visually-hidden' }, ['You: ']), text]));
      list.scrollTop = list.scrollHeight;
    },
    appendDraft(token) {
      if (!draft) {
        draft = el('li', { class: 'message from-assistant draft', 'aria-hidden': 'true' });
        list.append(draft);
      }
      draft.textContent = (draft.textContent ?? '') + token;
    },
    clearDraft() {
      draft?.remove();
      draft = null;
    },
    reset() {
      seen.clear();
      draft = null;
      list.replaceChildren();
    },
  };
}
