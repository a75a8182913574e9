// Keeps the API key (or session token) in localStorage, one slot per page.
export interface CredentialStore {
  get(): string | null;
  set(key: string): void;
  clear(): void;
}

export function credentialStore(slot: string): CredentialStore {
  return {
    get: () => localStorage.getItem(slot),
    set: (key) => localStorage.setItem(slot, key.trim()),
    clear: () => localStorage.removeItem(slot),
  };
}
