export const languages = ["nb", "nn", "en"] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = "nb";

/** Each language's name in itself, as shown in the language switch. */
export const languageNames: Record<Language, string> = {
  nb: "Norsk bokmål",
  nn: "Norsk nynorsk",
  en: "English",
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}
