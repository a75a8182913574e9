// Hold-to-talk: records webm/opus with MediaRecorder while the button is held
// (pointer or Space/Enter), shows a running timer, and can be cancelled.
import { byId, show } from '../dom/element.ts';

const MIME_TYPE = 'audio/webm;codecs=opus';
const MAX_RECORDING_MS = 120_000;

export function voiceRecordingSupported(): boolean {
  return typeof window.MediaRecorder === 'function' && typeof navigator.mediaDevices?.getUserMedia === 'function' && MediaRecorder.isTypeSupported(MIME_TYPE);
}

export interface VoiceRecorderOptions {
  onRecorded(audio: Blob): void;
  onError(message: string): void;
}

export function installVoiceRecorder(options: VoiceRecorderOptions): void {
  const button = byId<HTMLButtonElement>('record');
  const timer = byId('record-timer');
  const cancel = byId<HTMLButtonElement>('record-cancel');
  let recorder: MediaRecorder | null = null;
  let chunks: Blob[] = [];
  let cancelled = false;
  let startedAtMs = 0;
  let tick: ReturnType<typeof setInterval> | null = null;

  const stopUi = () => {
    if (tick) clearInterval(tick);
    tick = null;
    show(timer, false);
    show(cancel, false);
    button.classList.remove('recording');
    button.setAttribute('aria-pressed', 'false');
  };
  const start = async () => {
    if (recorder) return;
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (err) {
      options.onError(`The microphone is not available: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    chunks = [];
    cancelled = false;
    recorder = new MediaRecorder(stream, { mimeType: MIME_TYPE });
    recorder.addEventListener('dataavailable', (event) => { if (event.data.size) chunks.push(event.data); });
    recorder.addEventListener('stop', () => {
      for (const track of stream.getTracks()) track.stop();
      recorder = null;
      stopUi();
      if (!cancelled && chunks.length) options.onRecorded(new Blob(chunks, { type: 'audio/webm' }));
    });
    recorder.start(250);
    startedAtMs = Date.now();
    button.classList.add('recording');
    button.setAttribute('aria-pressed', 'true');
    show(timer, true);
    show(cancel, true);
    timer.textContent = '0:00';
    tick = setInterval(() => {
      const elapsedMs = Date.now() - startedAtMs;
      const seconds = Math.floor(elapsedMs / 1000);
      timer.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
      if (elapsedMs >= MAX_RECORDING_MS) recorder?.stop();
    }, 250);
  };
  const finish = () => { if (recorder?.state === 'recording') recorder.stop(); };

  button.addEventListener('pointerdown', (event) => { event.preventDefault(); void start(); });
  button.addEventListener('pointerup', finish);
  button.addEventListener('pointerleave', finish);
  button.addEventListener('keydown', (event) => {
    if ((event.key === ' ' || event.key === 'Enter') && !event.repeat) { event.preventDefault(); void start(); }
  });
  button.addEventListener('keyup', (event) => { if (event.key === ' ' || event.key === 'Enter') finish(); });
  cancel.addEventListener('click', () => { cancelled = true; finish(); });
  show(byId('voice'), true);
}
