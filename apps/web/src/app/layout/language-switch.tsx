import { Field, Label, Select } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { defaultLanguage, isLanguage, languageNames, languages } from "../../lib/i18n/languages";

/** A labelled native <select>; the choice is stored and sets <html lang> (see create-i18n). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;

  return (
    <Field className="language-switch" data-size="sm">
      <Label htmlFor={id}>{t("language.label")}</Label>
      <Select
        id={id}
        width="auto"
        value={current}
        onChange={(event) => {
          const next = event.target.value;
          if (isLanguage(next)) void i18n.changeLanguage(next);
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
