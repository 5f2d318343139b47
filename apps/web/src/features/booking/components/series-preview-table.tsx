import { Checkbox, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { TZDate } from "@date-fns/tz";
import type { OccurrencePreview } from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";
import { format } from "date-fns";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../../../lib/date-locale";
import { skipReasonText, timeRange } from "../../../lib/skip-reason-text";

interface SeriesPreviewTableProps {
  occurrences: readonly OccurrencePreview[];
  /** The ok dates the user unticked. */
  excluded: ReadonlySet<string>;
  onToggle: (date: string, include: boolean) => void;
}

/** Each date of the series: ticked to book when ok, or why it is skipped; dates and times in Oslo. */
export function SeriesPreviewTable({ occurrences, excluded, onToggle }: SeriesPreviewTableProps) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.resolvedLanguage);
  return (
    <Table zebra border className="series-preview">
      <caption>{t("series.preview.caption")}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">{t("series.preview.include")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("series.preview.date")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("series.preview.time")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("series.preview.status")}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {occurrences.map((occurrence) => {
          const date = format(new TZDate(occurrence.start, OSLO), "PPPP", { locale });
          const ok = occurrence.status === "ok";
          const status = ok
            ? t(occurrence.bookingStatus === "requested" ? "series.preview.okRequested" : "series.preview.ok")
            : t("series.preview.skipped", { reason: skipReasonText(t, i18n.language, occurrence) });
          return (
            <TableRow key={occurrence.date} data-status={occurrence.status}>
              <TableCell>
                {ok && (
                  <Checkbox
                    aria-label={t("series.preview.includeLabel", { date })}
                    checked={!excluded.has(occurrence.date)}
                    onChange={(event) => {
                      onToggle(occurrence.date, event.target.checked);
                    }}
                  />
                )}
              </TableCell>
              <TableHeaderCell scope="row">
                <time dateTime={occurrence.date}>{date}</time>
              </TableHeaderCell>
              <TableCell>{timeRange(occurrence.start, occurrence.end)}</TableCell>
              <TableCell>{status}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
