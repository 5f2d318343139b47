import type { Me } from "@sambruk/contracts";
import { useCallback, useEffect, useState } from "react";
import { loadDraft, newIdempotencyKey, saveDraft } from "../utils/booking-draft";
import { initialValues, type BookingValues } from "../utils/booking-values";
import { useDebouncedValue } from "./use-debounced-value";

/**
 * The form's values and the key of the intended booking, kept as a draft in sessionStorage under the page's
 * URL as the user types, so a lapsed session, a reload or a trip to the login page loses nothing; a draft
 * found on arrival is brought back (`restored`).
 */
export function useBookingValues(me: Me, url: string, params: URLSearchParams) {
  const [initial] = useState(() => {
    const draft = loadDraft(url);
    return draft
      ? // A draft from before a field existed gets that field's first value.
        { values: { ...initialValues(me, params), ...draft.values }, idempotencyKey: draft.idempotencyKey, restored: true }
      : { values: initialValues(me, params), idempotencyKey: newIdempotencyKey(), restored: false };
  });
  const [values, setValues] = useState<BookingValues>(initial.values);
  const [idempotencyKey, setIdempotencyKey] = useState(initial.idempotencyKey);
  const [keepDraft, setKeepDraft] = useState(true);

  const settled = useDebouncedValue(values, 150);
  useEffect(() => {
    if (keepDraft) saveDraft(url, { values: settled, idempotencyKey });
  }, [url, settled, idempotencyKey, keepDraft]);

  const change = useCallback((patch: Partial<BookingValues>) => {
    setValues((current) => ({ ...current, ...patch }));
  }, []);

  /** Saves at once, not after the pause: the page may be left right after this (sign in again). */
  const saveNow = useCallback(() => {
    saveDraft(url, { values, idempotencyKey });
  }, [url, values, idempotencyKey]);

  /** After a booking was made: a new key for the next one; `keep` false stops keeping a draft until then. */
  const startNew = useCallback((keep: boolean) => {
    setIdempotencyKey(newIdempotencyKey());
    setKeepDraft(keep);
  }, []);

  return { values, change, idempotencyKey, restored: initial.restored, saveNow, startNew };
}
