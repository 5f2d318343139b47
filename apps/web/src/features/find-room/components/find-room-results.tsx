import { Button, Heading, Paragraph, ToggleGroup } from "@digdir/designsystemet-react";
import type { Space } from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";
import { TZDate } from "@date-fns/tz";
import { format, getISOWeek } from "date-fns";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { CalendarLanguage } from "../../../components/calendar/week-calendar";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isRetryable } from "../../../lib/api-error";
import { dateLocale } from "../../../lib/date-locale";
import { isLanguage } from "../../../lib/i18n/languages";
import { useAvailabilities } from "../api/get-availability";
import { useSpaces } from "../../../lib/queries/spaces";
import { bookPath } from "../utils/book-path";
import { dayRows } from "../utils/day-rows";
import { filterSpaces } from "../utils/filter-spaces";
import type { FindRoomFilters } from "../utils/filters";
import type { LabelFormat } from "../utils/labels";
import type { Slot, StateSegment } from "../utils/slots";
import { weekOf } from "../utils/week";
import { SpaceCalendarPanel } from "./space-calendar-panel";
import { SpaceDayList } from "./space-day-list";

export type ResultsView = "calendar" | "list";

interface FindRoomResultsProps {
  filters: FindRoomFilters;
  centreName: (id: string) => string | undefined;
  view: ResultsView;
  onViewChange: (view: ResultsView) => void;
  /** The space shown in the calendar view. */
  spaceId: string | null;
  onSpaceChange: (spaceId: string) => void;
  onWeekChange: (weeks: number) => void;
  now: Date;
  /** After a search: move focus to the results heading once they are in, then call `onResultsFocused`. */
  focusResults: boolean;
  onResultsFocused: () => void;
}

const noonUtc = (date: string) => new Date(`${date}T12:00:00Z`);

/** The matching spaces for the week, as a list (the accessible path) or a week calendar. */
export function FindRoomResults(props: FindRoomResultsProps) {
  const { filters, now } = props;
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const week = weekOf(filters.date, OSLO);
  const spaces = useSpaces(filters.centreId);
  const matching = spaces.data ? filterSpaces(spaces.data, filters) : [];
  const centreIds = [...new Set(matching.map((space) => space.centreId))];
  const availability = useAvailabilities(centreIds, week);
  const pending = spaces.isPending || (matching.length > 0 && availability.isPending);

  const { focusResults, onResultsFocused } = props;
  useEffect(() => {
    if (pending || !focusResults) return;
    heading.current?.focus();
    onResultsFocused();
  }, [pending, focusResults, onResultsFocused]);

  const locale = dateLocale(i18n.language);
  const fmt: LabelFormat = { locale, dayPattern: t("findRoom.dayPattern"), timeZone: OSLO };
  const language: CalendarLanguage = isLanguage(i18n.language) ? i18n.language : "nb";
  const [monday = filters.date, , , , , , sunday = filters.date] = week.days;
  const range = `${format(new TZDate(noonUtc(monday), OSLO), t("findRoom.rangePattern"), { locale })}–${format(new TZDate(noonUtc(sunday), OSLO), t("findRoom.rangePattern"), { locale })}`;
  const segmentsOf = (spaceId: string): StateSegment[] =>
    availability.data?.find((entry) => entry.spaceId === spaceId)?.segments ?? [];
  const choose = (space: Space, slot: Slot) => {
    void navigate(bookPath(space.id, slot, OSLO));
  };

  const body = () => {
    if (spaces.error) {
      return <ErrorState error={spaces.error} onRetry={isRetryable(spaces.error) ? () => void spaces.refetch() : undefined} retrying={spaces.isFetching} />;
    }
    if (pending) return <LoadingState />;
    if (matching.length === 0) return <EmptyState message={t("findRoom.empty")} />;
    if (availability.error) {
      const retry = isRetryable(availability.error) ? () => void availability.refetch() : undefined;
      return <ErrorState error={availability.error} onRetry={retry} retrying={availability.isFetching} />;
    }
    if (props.view === "calendar") {
      return (
        <SpaceCalendarPanel
          spaces={matching}
          spaceId={props.spaceId ?? ""}
          onSpaceChange={props.onSpaceChange}
          segmentsOf={segmentsOf}
          date={filters.date}
          from={filters.from}
          to={filters.to}
          language={language}
          fmt={fmt}
          now={now}
          onChoose={choose}
        />
      );
    }
    return (
      <ul className="stack find-room__spaces" aria-labelledby={headingId}>
        {matching.map((space) => (
          <li key={space.id}>
            <section aria-labelledby={`${headingId}-${space.id}`} className="stack">
              <Heading level={3} data-size="xs" id={`${headingId}-${space.id}`}>
                {space.name}
              </Heading>
              <Paragraph data-size="sm">
                {t("findRoom.spaceFacts", { centre: props.centreName(space.centreId) ?? "", capacity: space.capacity })}
              </Paragraph>
              <SpaceDayList
                spaceName={space.name}
                rows={dayRows({
                  segments: segmentsOf(space.id),
                  days: week.days,
                  from: filters.from,
                  to: filters.to,
                  durationMinutes: filters.durationMinutes,
                  rules: space.booking,
                  now,
                  timeZone: OSLO,
                })}
                fmt={fmt}
                level={4}
                onChoose={(slot) => { choose(space, slot); }}
              />
            </section>
          </li>
        ))}
      </ul>
    );
  };

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId} ref={heading} tabIndex={-1}>
        {t("findRoom.results", { week: getISOWeek(noonUtc(monday)), range })}
      </Heading>
      <div className="find-room__toolbar">
        <div className="find-room__week-nav">
          <Button variant="tertiary" data-size="sm" onClick={() => { props.onWeekChange(-1); }}>
            {t("findRoom.previousWeek")}
          </Button>
          <Button variant="tertiary" data-size="sm" onClick={() => { props.onWeekChange(1); }}>
            {t("findRoom.nextWeek")}
          </Button>
        </div>
        <ToggleGroup
          aria-label={t("findRoom.view")}
          value={props.view}
          data-size="sm"
          onChange={(next) => { props.onViewChange(next === "calendar" ? "calendar" : "list"); }}
        >
          <ToggleGroup.Item value="calendar">{t("findRoom.calendar")}</ToggleGroup.Item>
          <ToggleGroup.Item value="list">{t("findRoom.list")}</ToggleGroup.Item>
        </ToggleGroup>
      </div>
      {!pending && matching.length > 0 && (
        <Paragraph role="status">{t("findRoom.resultCount", { count: matching.length })}</Paragraph>
      )}
      {body()}
    </section>
  );
}
