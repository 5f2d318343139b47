import type { Centre } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { weekdayKey } from "../../../lib/i18n/weekday-key";
import { useCentreToday } from "../hooks/use-centre-today";
import { formatIntervals } from "../utils/format-intervals";
import { OpenStatus } from "./open-status";

/** Today's opening and staffed hours in the centre's time zone, and whether it is open now. */
export function TodayHours({ centre }: { centre: Centre }) {
  const { t } = useTranslation();
  const today = useCentreToday(centre);
  const weekday = t(weekdayKey(today.weekday));

  return (
    <div className="today-hours">
      <dl className="today-hours__list">
        <div>
          <dt>{t("centres.openingToday", { weekday })}</dt>
          <dd>{formatIntervals(today.opening) || t("centres.closedToday")}</dd>
        </div>
        <div>
          <dt>{t("centres.staffedToday")}</dt>
          <dd>{formatIntervals(today.staffed) || t("centres.notStaffedToday")}</dd>
        </div>
      </dl>
      <OpenStatus openNow={today.openNow} />
    </div>
  );
}
