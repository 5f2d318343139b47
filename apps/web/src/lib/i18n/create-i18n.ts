import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { readStoredLanguage, storeLanguage } from "./language-storage";
import { defaultLanguage, isLanguage, languages } from "./languages";
import { en } from "./resources/en";
import { nb } from "./resources/nb";
import { nn } from "./resources/nn";

export const resources = {
  nb: { translation: nb },
  nn: { translation: nn },
  en: { translation: en },
} as const;

/**
 * A fresh i18next instance in the stored language (default bokmål), with `<html lang>` set to match.
 * Changing the language stores the choice and updates `<html lang>`.
 */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: readStoredLanguage(),
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : defaultLanguage;
  // Registered after init, so only a real choice is stored (not the default on a first visit).
  instance.on("languageChanged", (language) => {
    if (!isLanguage(language)) return;
    storeLanguage(language);
    document.documentElement.lang = language;
  });
  return instance;
}
