import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { nb } from "date-fns/locale/nb";
import { nn } from "date-fns/locale/nn";
import { defaultLanguage, isLanguage, type Language } from "./i18n/languages";

const locales: Record<Language, Locale> = { nb, nn, en: enGB };

/** The date-fns locale of the app's language (British English: 24-hour clock, day before month). */
export function dateLocale(language: string | undefined): Locale {
  return locales[isLanguage(language) ? language : defaultLanguage];
}
