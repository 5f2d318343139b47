import i18next, { type BackendModule, type i18n, type Resource } from "i18next";
import { initReactI18next } from "react-i18next";
import { loadedLanguageBundles, loadLanguageBundle } from "./language-bundles";
import { readStoredLanguage, storeLanguage } from "./language-storage";
import { defaultLanguage, isLanguage, languages } from "./languages";

/** Fetches a language's texts when i18next needs them; `changeLanguage` switches only once they are here. */
const languageBundleBackend: BackendModule = {
  type: "backend",
  callbackApi: false,
  init() {},
  async read(language) {
    if (!isLanguage(language)) throw new Error(`No texts for the language ${language}`);
    return loadLanguageBundle(language);
  },
};

/**
 * A fresh i18next instance in the stored language (default bokmål), with `<html lang>` set to match.
 * It starts with the texts already loaded (see language-bundles); the stored language's texts should be
 * loaded first (`loadLanguageBundle(readStoredLanguage())`), or the first render shows bokmål.
 * Changing the language fetches its texts, then switches, stores the choice and updates `<html lang>`.
 */
export function createI18n(): i18n {
  const resources: Resource = {};
  for (const [language, messages] of Object.entries(loadedLanguageBundles())) resources[language] = { translation: messages };
  const instance = i18next.createInstance();
  void instance.use(languageBundleBackend).use(initReactI18next).init({
    resources,
    partialBundledLanguages: true,
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
