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
import { formatIntervals } from "../utils/format-intervals";
import { isoWeekdays, toWeeklyIntervals } from "../utils/weekly-intervals";

/** Opening and staffed hours for each day, Monday to Sunday. */
export function WeeklyHoursTable({ centre }: { centre: Centre }) {
  const { t } = useTranslation();
  const opening = toWeeklyIntervals(centre.openingHours);
  const staffed = toWeeklyIntervals(centre.staffedHours);

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
          <TableRow key={weekday}>
            <TableHeaderCell scope="row" className="weekly-hours__day">
              {t(weekdayKey(weekday))}
            </TableHeaderCell>
            <TableCell>{formatIntervals(hoursOnWeekday(opening, weekday)) || t("centre.closed")}</TableCell>
            <TableCell>{formatIntervals(hoursOnWeekday(staffed, weekday)) || t("centre.notStaffed")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
