/**
 * The session's CSRF token, sent back on every state-changing request. Whoever receives a `Me` from the
 * API (the auth feature) stores its token here; signing out clears it. Module state: the page has one session.
 */
let current: string | null = null;

export function setCsrfToken(token: string | null): void {
  current = token;
}

export function csrfToken(): string | null {
  return current;
}
