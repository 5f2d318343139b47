import type { Language } from "./languages";
import { nb, type Messages } from "./resources/nb";

/**
 * The texts of each language. Bokmål (the default) is in the entry chunk; nynorsk and English are each in
 * their own chunk, fetched the first time they are chosen (or found stored), so a visitor downloads one language.
 */
const loaders: Record<Language, () => Promise<Messages>> = {
  nb: async () => nb,
  nn: async () => (await import("./resources/nn")).nn,
  en: async () => (await import("./resources/en")).en,
};

const loaded: Partial<Record<Language, Messages>> = { nb };

/** The languages whose texts are already here, for a new i18n instance to start with. */
export function loadedLanguageBundles(): Partial<Record<Language, Messages>> {
  return { ...loaded };
}

/** The texts of `language`, fetched once. */
export async function loadLanguageBundle(language: Language): Promise<Messages> {
  const messages = loaded[language] ?? (await loaders[language]());
  loaded[language] = messages;
  return messages;
}

/** Makes texts available without fetching (tests bundle every language, so switching is synchronous there). */
export function addLanguageBundles(bundles: Partial<Record<Language, Messages>>): void {
  Object.assign(loaded, bundles);
}
