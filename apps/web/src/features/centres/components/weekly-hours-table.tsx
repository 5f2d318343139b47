import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@digdir/designsystemet-react";
import type { Centre } from "@sambruk/contracts";
import { hoursOnWeekday } from "@sambruk/domain";
import { useTranslation } from "react-i18next";
import { weekdayKey } from "../../../lib/i18n/weekday-key";
import { useCentreToday } from "../hooks/use-centre-today";
import { formatIntervals } from "../utils/format-intervals";
import { isoWeekdays, toWeeklyIntervals } from "../utils/weekly-intervals";
import "./weekly-hours-today.css";

/** Opening and staffed hours for each day, Monday to Sunday; today's row (in the centre's zone) marked in words. */
export function WeeklyHoursTable({ centre }: { centre: Centre }) {
  const { t } = useTranslation();
  const opening = toWeeklyIntervals(centre.openingHours);
  const staffed = toWeeklyIntervals(centre.staffedHours);
  const today = useCentreToday(centre).weekday;

  return (
    <Table zebra border className="weekly-hours">
      <caption className="ds-sr-only">{t("centre.weeklyCaption")}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">{t("centre.weekday")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("centre.opening")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("centre.staffed")}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {isoWeekdays.map((weekday) => (
          <TableRow key={weekday} className={weekday === today ? "weekly-hours__today" : undefined}>
            <TableHeaderCell scope="row" className="weekly-hours__day">
              {t(weekdayKey(weekday))}
              {weekday === today && ` (${t("centres.today")})`}
            </TableHeaderCell>
            <TableCell>{formatIntervals(hoursOnWeekday(opening, weekday)) || t("centre.closed")}</TableCell>
            <TableCell>{formatIntervals(hoursOnWeekday(staffed, weekday)) || t("centre.notStaffed")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
