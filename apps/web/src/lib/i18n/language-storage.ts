import { defaultLanguage, isLanguage, type Language } from "./languages";

const STORAGE_KEY = "sambruk.language";

/** The language chosen earlier on this device, or the default. */
export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): the choice then lasts for this visit.
  }
}
