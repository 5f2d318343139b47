import { Field, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import type { Space } from "@sambruk/contracts";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarLanguage } from "../../../components/calendar/week-calendar";
import { WeekCalendar } from "../../../components/calendar/week-calendar";
import { calendarEvents } from "../utils/calendar-events";
import { formatTimeRange, type LabelFormat } from "../utils/labels";
import { isSelectable, type Slot, type StateSegment } from "../utils/slots";

const NO_SEGMENTS: readonly StateSegment[] = [];

interface SpaceCalendarPanelProps {
  spaces: readonly Space[];
  spaceId: string;
  onSpaceChange: (spaceId: string) => void;
  segmentsOf: (spaceId: string) => readonly StateSegment[];
  date: string;
  from: string;
  to: string;
  language: CalendarLanguage;
  fmt: LabelFormat;
  now: Date;
  onChoose: (space: Space, slot: Slot) => void;
}

/** The calendar view: one space at a time (picked from the matching ones), its week with selectable free time. */
export function SpaceCalendarPanel(props: SpaceCalendarPanelProps) {
  const { t } = useTranslation();
  const pickerId = useId();
  const space = props.spaces.find((candidate) => candidate.id === props.spaceId) ?? props.spaces[0];
  const segments = space ? props.segmentsOf(space.id) : NO_SEGMENTS;
  const [free, busy, tentative, closed] = [t("findRoom.state.free"), t("findRoom.state.busy"), t("findRoom.state.tentative"), t("findRoom.state.closed")];
  const { locale, dayPattern, timeZone } = props.fmt;
  // Hundreds of labelled events are costly to make: only again when what they show changes.
  const spaceId = space?.id;
  const events = useMemo(
    () => (spaceId ? calendarEvents(spaceId, segments, { locale, dayPattern, timeZone }, { free, busy, tentative, closed }) : []),
    [spaceId, segments, locale, dayPattern, timeZone, free, busy, tentative, closed],
  );
  if (!space) return null;
  return (
    <div className="stack">
      <Field>
        <Label htmlFor={pickerId}>{t("findRoom.space")}</Label>
        <Select id={pickerId} width="auto" value={space.id} onChange={(event) => { props.onSpaceChange(event.target.value); }}>
          {props.spaces.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </Select>
      </Field>
      <Paragraph data-size="sm">{t("findRoom.calendarHelp")}</Paragraph>
      <ul className="find-room__legend" aria-label={t("findRoom.legend")}>
        <li>
          <span className="find-room__swatch find-room__swatch--busy" aria-hidden="true" />
          {t("findRoom.legendBusy")}
        </li>
        <li>
          <span className="find-room__swatch find-room__swatch--tentative" aria-hidden="true" />
          {t("findRoom.legendTentative")}
        </li>
      </ul>
      <WeekCalendar
        date={props.date}
        language={props.language}
        timeZone={props.fmt.timeZone}
        events={events}
        slotMinTime={props.from}
        slotMaxTime={props.to}
        snapMinutes={space.booking.slotStepMinutes}
        label={t("findRoom.calendarLabel", { space: space.name })}
        todayLabel={t("findRoom.today")}
        selectionText={(selection) => t("findRoom.selected", { time: formatTimeRange(selection.start, selection.end, props.fmt) })}
        selectAllow={(selection) => isSelectable(selection, segments, space.booking, props.now, props.fmt.timeZone)}
        onSelect={(selection) => { props.onChoose(space, selection); }}
      />
    </div>
  );
}
