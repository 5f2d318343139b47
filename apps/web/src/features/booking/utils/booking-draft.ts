import type { BookingValues } from "./booking-values";

/** What is kept while the user signs in again: everything typed, and the key of the intended booking. */
export interface BookingDraft {
  values: BookingValues;
  idempotencyKey: string;
}

const PREFIX = "sambruk.booking-draft:";

/** The draft of the form at this URL (path and query), if one was saved and is readable. */
export function loadDraft(url: string): BookingDraft | null {
  try {
    const text = window.sessionStorage.getItem(PREFIX + url);
    if (text === null) return null;
    const draft = JSON.parse(text) as Partial<BookingDraft> | null;
    if (!draft || typeof draft.idempotencyKey !== "string" || typeof draft.values !== "object" || draft.values === null) return null;
    return draft as BookingDraft;
  } catch {
    return null;
  }
}

export function saveDraft(url: string, draft: BookingDraft): void {
  try {
    window.sessionStorage.setItem(PREFIX + url, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the form still holds everything while the page stays open.
  }
}

export function clearDraft(url: string): void {
  try {
    window.sessionStorage.removeItem(PREFIX + url);
  } catch {
    // Nothing to clear.
  }
}

/** A fresh key for one intended booking. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}
