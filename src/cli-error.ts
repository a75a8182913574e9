// A mistake in an `intake` command (a bad flag, an unknown tenant) or a state the operator must resolve:
// src/main.ts prints its message as one line and exits with status 2, with no stack trace.
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}
