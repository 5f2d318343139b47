// Rule 2: free text that suggests a sensitive service goes to the front desk instead of being confirmed.
import type { PolicyFinding } from "./decision";
import type { PolicyParameters } from "./parameters";
import type { PolicyRequest } from "./request";

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text, lower-cased (Norwegian rules) and normalised, so "Æ" and "æ" (composed or not) agree. */
export function wordsOf(text: string): string[] {
  return text.normalize("NFC").toLocaleLowerCase("nb").match(WORD) ?? [];
}

/**
 * The first term of the list found in the text, or null. Terms match whole words, case-insensitively; a term of
 * several words matches them in sequence; a term ending in "*" matches every word that starts with it, so
 * "barnevern*" catches "barnevernet" and "barnevernstjenesten" (inflections and compounds) but "rus" alone does
 * not catch "russisk". Terms are tried in list order, so the result is stable.
 */
export function matchTerm(text: string, terms: readonly string[]): string | null {
  const words = wordsOf(text);
  for (const term of terms) {
    if (typeof term !== "string") continue;
    const prefix = term.trim().endsWith("*");
    const parts = wordsOf(term);
    if (parts.length === 0) continue;
    const matchesAt = (i: number) =>
      parts.every((part, k) => {
        const word = words[i + k];
        if (word === undefined) return false;
        return prefix && k === parts.length - 1 ? word.startsWith(part) : word === part;
      });
    for (let i = 0; i + parts.length <= words.length; i += 1) if (matchesAt(i)) return term;
  }
  return null;
}

export function wordScreenFindings(request: PolicyRequest, context: { parameters: Pick<PolicyParameters, "wordScreen"> }): PolicyFinding[] {
  const fields: ["title" | "description", string | undefined][] = [
    ["title", request.title],
    ["description", request.description],
  ];
  const findings: PolicyFinding[] = [];
  for (const [field, text] of fields) {
    if (typeof text !== "string") continue;
    const term = matchTerm(text, context.parameters.wordScreen.terms);
    if (term !== null) {
      findings.push({
        code: "sensitive_words",
        severity: "review",
        rule: "word_screen",
        pointer: `/${field}`,
        params: { field },
        staffParams: { term },
      });
    }
  }
  return findings;
}
