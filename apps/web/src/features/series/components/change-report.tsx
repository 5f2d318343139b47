import { Heading, List, Paragraph } from "@digdir/designsystemet-react";
import { TZDate } from "@date-fns/tz";
import type { SeriesChangeOutcome } from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";
import { format } from "date-fns";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../../../lib/date-locale";
import { collisionsText, findingsText } from "../../../lib/skip-reason-text";

/** What a dry run found: every date fits, or which do not and why. */
export function ChangeReport({ occurrences }: { occurrences: readonly SeriesChangeOutcome[] }) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.resolvedLanguage);
  const misfits = occurrences.filter((occurrence) => occurrence.outcome !== "fits");
  const why = (occurrence: SeriesChangeOutcome) =>
    occurrence.outcome === "conflict"
      ? t("series.edit.outcome.conflict", { what: collisionsText(t, occurrence.collidesWith) })
      : t("series.edit.outcome.refused", { findings: findingsText(t, i18n.language, occurrence.findings) });
  return (
    <section className="stack" aria-live="polite">
      <Heading level={3} data-size="xs">
        {t("series.edit.reportHeading")}
      </Heading>
      {misfits.length === 0 ? (
        <Paragraph>{t("series.edit.allFit")}</Paragraph>
      ) : (
        <List.Unordered aria-label={t("series.edit.misfitsLegend")}>
          {misfits.map((occurrence) => (
            <List.Item key={occurrence.date}>
              <time dateTime={occurrence.date}>{format(new TZDate(occurrence.start, OSLO), "PPPP", { locale })}</time>: {why(occurrence)}
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </section>
  );
}
