import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ProgrammeItem as Item } from "@sambruk/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../../../lib/date-locale";
import { formatProgrammeDay } from "../utils/format-programme-time";
import { groupByDay, type ProgrammeDay, type ProgrammeWeek } from "../utils/programme-week";
import { ProgrammeItem } from "./programme-item";

/** "I dag" and "Denne uken", the week grouped by day under a heading each, Monday first. */
type AppointmentHref = (item: Item) => string | undefined;

interface ProgrammeWeekViewProps {
  items: readonly Item[];
  week: ProgrammeWeek;
  /** The appointment page of a drop-in item, when it has appointments. */
  appointmentHref?: AppointmentHref;
}

export function ProgrammeWeekView({ items, week, appointmentHref = () => undefined }: ProgrammeWeekViewProps) {
  const { t } = useTranslation();
  const days = groupByDay(items, week.today);
  const today = days.find((day) => day.date === week.today);
  const rest = days.filter((day) => day.date !== week.today);
  const todayId = useId();
  const weekId = useId();

  return (
    <div className="programme-week">
      <section aria-labelledby={todayId} className="programme-week__section">
        <Heading level={2} data-size="sm" id={todayId}>
          {t("programme.today")}
        </Heading>
        {today ? <DayItems day={today} headingLevel={3} appointmentHref={appointmentHref} /> : <Paragraph>{t("programme.emptyToday")}</Paragraph>}
      </section>
      <section aria-labelledby={weekId} className="programme-week__section">
        <Heading level={2} data-size="sm" id={weekId}>
          {t("programme.thisWeek")}
        </Heading>
        {rest.length === 0 ? (
          <Paragraph>{t("programme.emptyRestOfWeek")}</Paragraph>
        ) : (
          rest.map((day) => <Day key={day.date} day={day} appointmentHref={appointmentHref} />)
        )}
      </section>
    </div>
  );
}

function Day({ day, appointmentHref }: { day: ProgrammeDay; appointmentHref: AppointmentHref }) {
  const { i18n } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="programme-day">
      <Heading level={3} data-size="xs" id={headingId} className="programme-day__heading">
        <time dateTime={day.date}>{formatProgrammeDay(day.day, dateLocale(i18n.resolvedLanguage))}</time>
      </Heading>
      <DayItems day={day} headingLevel={4} appointmentHref={appointmentHref} />
    </section>
  );
}

function DayItems({ day, headingLevel, appointmentHref }: { day: ProgrammeDay; headingLevel: 3 | 4; appointmentHref: AppointmentHref }) {
  return (
    <ul className="programme-list">
      {day.items.map((item) => (
        <li key={item.bookingId}>
          <ProgrammeItem item={item} headingLevel={headingLevel} appointmentHref={appointmentHref(item)} />
        </li>
      ))}
    </ul>
  );
}
