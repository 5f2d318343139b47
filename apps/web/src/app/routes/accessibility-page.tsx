import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { format } from "date-fns";
import type { ReactNode } from "react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../../lib/date-locale";
import { useDocumentTitle } from "../../lib/document-title";

/** The day the statement was last reviewed (a local date). */
const UPDATED = "2026-11-28";

/**
 * The accessibility statement (tilgjengelighetserklæring): the standard, what was tested, known
 * limitations, how to report a problem, and when it was last updated.
 * Loaded on demand (react-router's `lazy`): the route module exports `Component`.
 */
export function Component() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t("accessibility.title"), t("app.name"));
  const [year, month, day] = UPDATED.split("-").map(Number);
  const updated = format(new Date(year ?? 2026, (month ?? 1) - 1, day ?? 1), "PPP", {
    locale: dateLocale(i18n.resolvedLanguage),
  });

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("accessibility.title")}
      </Heading>
      <Paragraph>{t("accessibility.intro")}</Paragraph>
      <Paragraph data-size="sm">
        {t("accessibility.updated")}: <time dateTime={UPDATED}>{updated}</time>
      </Paragraph>
      <Part heading={t("accessibility.standardHeading")}>
        <Paragraph>{t("accessibility.standard")}</Paragraph>
      </Part>
      <Part heading={t("accessibility.testedHeading")}>
        <ul>
          <li>{t("accessibility.tested.axe")}</li>
          <li>{t("accessibility.tested.keyboard")}</li>
          <li>{t("accessibility.tested.textSize")}</li>
          <li>{t("accessibility.tested.listView")}</li>
        </ul>
      </Part>
      <Part heading={t("accessibility.limitationsHeading")}>
        <ul>
          <li>{t("accessibility.limitations.calendar")}</li>
        </ul>
      </Part>
      <Part heading={t("accessibility.reportHeading")}>
        <Paragraph>{t("accessibility.report")}</Paragraph>
        <Paragraph>{t("accessibility.supervision")}</Paragraph>
      </Part>
    </div>
  );
}

function Part({ heading, children }: { heading: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="stack">
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
