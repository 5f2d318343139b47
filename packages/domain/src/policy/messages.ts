// Plain-language texts for every finding code, in nb, nn and en.
import type { PolicyFindingCode } from "./decision";
import { BOOKING_MESSAGES, type MessageTexts } from "./messages-booking";
import { POLICY_MESSAGES } from "./messages-policy";

export type { MessageTexts } from "./messages-booking";
export type Locale = keyof MessageTexts;
export const LOCALES: readonly Locale[] = ["nb", "nn", "en"];

export const MESSAGES: Readonly<Record<PolicyFindingCode, MessageTexts>> = { ...BOOKING_MESSAGES, ...POLICY_MESSAGES };

/** The names of the {{placeholders}} of a text, sorted and without repeats. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? ""))].sort();
}

/** The message of a code in a locale with its parameters filled in; unknown placeholders are left as they are. */
export function messageFor(
  code: PolicyFindingCode,
  locale: Locale,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fillPlaceholders(MESSAGES[code][locale], params);
}

/** A text with its {{placeholders}} filled from `params`; unknown ones are left as they are. */
export function fillPlaceholders(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
