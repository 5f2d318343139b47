import { Button, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { TZDate } from "@date-fns/tz";
import type { SeriesOccurrence } from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";
import { format } from "date-fns";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../../../lib/date-locale";
import { skipReasonText, timeRange } from "../../../lib/skip-reason-text";
import type { SeriesAction } from "./series-dialog";

interface OccurrenceTableProps {
  occurrences: readonly SeriesOccurrence[];
  /** Whether the user may still change this occurrence (booked, in the future, the series active). */
  changeable: (occurrence: SeriesOccurrence) => boolean;
  onAction: (action: SeriesAction, date: string) => void;
}

const HOLDS_TIME = new Set(["requested", "confirmed", "checked_in"]);

/** Every date: booked (with the booking's status), skipped (and why) or cancelled; a later notice stands out. */
export function OccurrenceTable({ occurrences, changeable, onAction }: OccurrenceTableProps) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.resolvedLanguage);
  const statusOf = (occurrence: SeriesOccurrence) => {
    if (occurrence.state === "skipped") return t("series.page.skipped", { reason: skipReasonText(t, i18n.language, occurrence) });
    if (occurrence.state === "cancelled" || !occurrence.booking) return t("series.page.occurrenceCancelled");
    return t(`bookingStatus.${occurrence.booking.status}`);
  };
  return (
    <Table zebra border className="series-occurrences">
      <caption className="ds-sr-only">{t("series.page.caption")}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">{t("series.page.date")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("series.page.time")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("series.page.status")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("series.page.actions")}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {occurrences.map((occurrence) => {
          const date = format(new TZDate(occurrence.start, OSLO), "PPPP", { locale });
          const live = occurrence.state === "booked" && occurrence.booking !== null && HOLDS_TIME.has(occurrence.booking.status) && changeable(occurrence);
          return (
            <TableRow key={occurrence.date} data-state={occurrence.state}>
              <TableHeaderCell scope="row">
                <time dateTime={occurrence.date}>{date}</time>
              </TableHeaderCell>
              <TableCell>{timeRange(occurrence.start, occurrence.end)}</TableCell>
              <TableCell>
                {statusOf(occurrence)}
                {occurrence.notice && <span className="series-notice"> {t(`series.page.notice.${occurrence.notice.code}`)}</span>}
              </TableCell>
              <TableCell>
                {live && (
                  <div className="button-row">
                    <Button variant="secondary" data-size="sm" aria-haspopup="dialog" aria-label={t("series.page.editLabel", { date })} onClick={() => { onAction("edit", occurrence.date); }}>
                      {t("series.page.edit")}
                    </Button>
                    <Button variant="secondary" data-size="sm" data-color="danger" aria-haspopup="dialog" aria-label={t("series.page.cancelLabel", { date })} onClick={() => { onAction("cancel", occurrence.date); }}>
                      {t("series.page.cancel")}
                    </Button>
                  </div>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
