import FullCalendar, { type CalendarOptions, type EventDisplayInfo, type EventInput } from "@fullcalendar/react";
import interactionPlugin from "@fullcalendar/react/interaction";
import nbLocale from "@fullcalendar/react/locales/nb";
import nnLocale from "@fullcalendar/react/locales/nn";
import classicThemePlugin from "@fullcalendar/react/themes/classic";
import timeGridPlugin from "@fullcalendar/react/timegrid";
import { useDeferredValue, useEffect, useMemo, useRef } from "react";
import "@fullcalendar/react/skeleton.css";
import "@fullcalendar/react/themes/classic/theme.css";
import "@fullcalendar/react/themes/classic/palette.css";
import "../../styles/calendar.css";
import type { CalendarEvent, CalendarSelection } from "./calendar-event";

export type CalendarLanguage = "nb" | "nn" | "en";

export interface WeekCalendarProps {
  /** Any day of the week to show, "yyyy-MM-dd"; the week starts on Monday. */
  date: string;
  language: CalendarLanguage;
  timeZone: string;
  events: readonly CalendarEvent[];
  /** The first and last time of day shown, "HH:mm". */
  slotMinTime?: string;
  slotMaxTime?: string;
  /** What a selection snaps to. */
  snapMinutes?: number;
  /** Names the calendar for assistive technology. */
  label: string;
  /** The accessible name of the "today" button: must contain its visible text (WCAG 2.5.3). */
  todayLabel: string;
  /** The visible text of a selection while it is made ("Valgt 18:00–20:00"). */
  selectionText?: (selection: CalendarSelection) => string;
  /** Whether a range may be selected; leave out `onSelect` for a read-only calendar. */
  selectAllow?: (selection: CalendarSelection) => boolean;
  onSelect?: (selection: CalendarSelection) => void;
}

const locales = { nb: nbLocale, nn: nnLocale, en: "en-gb" } as const;
const hourMinute = { hour: "2-digit", minute: "2-digit", hour12: false } as const;

/** A span as instants: the offset-bearing strings are exact in every zone; the Date objects may not be. */
function selectionOf(span: { start: Date; end: Date; startStr: string; endStr: string }): CalendarSelection {
  const exact = (text: string, fallback: Date) => (/[+-]\d\d:\d\d$|Z$/.test(text) ? new Date(text) : fallback);
  return { start: exact(span.startStr, span.start), end: exact(span.endStr, span.end) };
}

function kindOf(info: EventDisplayInfo): string {
  const kind: unknown = info.event.extendedProps.kind;
  return typeof kind === "string" ? kind : "busy";
}

/**
 * FullCalendar hides background events from assistive technology (its wrapper is aria-hidden); ours carry
 * the state, so they get a name (state, weekday, date, time) and are exposed (fullcalendar#2536).
 */
function labelBackgroundEvent(el: HTMLElement, label: unknown): void {
  if (typeof label !== "string") return;
  el.setAttribute("role", "note");
  el.setAttribute("aria-label", label);
  const wrapper = el.parentElement;
  if (wrapper?.getAttribute("aria-hidden") === "true") wrapper.removeAttribute("aria-hidden");
}

function toInput(event: CalendarEvent): EventInput {
  return {
    id: event.id,
    start: event.start,
    end: event.end,
    title: event.title,
    display: "background",
    extendedProps: { label: event.label, kind: event.kind },
  };
}

const NO_EVENTS: EventInput[] = [];

/**
 * The one place FullCalendar is used: a Monday-first, 24-hour `timeGridWeek` in the given zone, with
 * free/busy time as labelled background events and (optionally) selectable free time.
 * The options keep their identity while the props mean the same (the callbacks are read through a ref),
 * so FullCalendar does not process the events again when the page around it re-renders. The events are
 * drawn in a deferred, interruptible render after the empty week: hundreds of them would otherwise block
 * the page in one long task.
 */
export function WeekCalendar(props: WeekCalendarProps) {
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const inputs = useMemo(() => props.events.map(toInput), [props.events]);
  const events = useDeferredValue(inputs, NO_EVENTS);
  const selectable = Boolean(props.onSelect);
  const { date, timeZone, language, todayLabel, slotMinTime = "00:00", slotMaxTime = "24:00", snapMinutes = 15 } = props;

  const options = useMemo<CalendarOptions>(
    () => ({
      plugins: [timeGridPlugin, interactionPlugin, classicThemePlugin],
      initialView: "timeGridWeek",
      initialDate: date,
      timeZone,
      locale: locales[language],
      firstDay: 1,
      headerToolbar: false,
      todayHint: todayLabel,
      allDaySlot: false,
      height: "auto",
      slotMinTime,
      slotMaxTime,
      slotDuration: "00:30:00",
      snapDuration: { minutes: snapMinutes },
      slotHeaderFormat: hourMinute,
      eventTimeFormat: hourMinute,
      dayHeaderFormat: { weekday: "short", day: "numeric", month: "numeric" },
      nowIndicator: false,
      events,
      // The selection while it is made (the mirror) is the only foreground event.
      eventContent: (info: EventDisplayInfo) => {
        const selection = { start: info.event.start ?? new Date(NaN), end: info.event.end ?? new Date(NaN) };
        return <span className="week-calendar__mirror">{callbacks.current.selectionText?.(selection) ?? info.timeText}</span>;
      },
      backgroundEventClass: (info: EventDisplayInfo) => `week-calendar__event week-calendar__event--${kindOf(info)}`,
      backgroundEventContent: (info: EventDisplayInfo) => <span className="week-calendar__event-text">{info.event.title}</span>,
      backgroundEventDidMount: (info: EventDisplayInfo & { el: HTMLElement }) => {
        labelBackgroundEvent(info.el, info.event.extendedProps.label);
      },
      selectable,
      selectMirror: true,
      unselectAuto: true,
      selectAllow: (span) => callbacks.current.selectAllow?.(selectionOf(span)) ?? true,
      select: (info) => {
        callbacks.current.onSelect?.(selectionOf(info));
      },
    }),
    [date, timeZone, language, todayLabel, slotMinTime, slotMaxTime, snapMinutes, events, selectable],
  );
  return (
    <div className="week-calendar" role="group" aria-label={props.label}>
      <FullCalendar key={`${date}-${language}`} {...options} />
    </div>
  );
}

/** `count` busy events spread over the week of `date`, for benchmarking the calendar (no network, no labels to translate). */
export function benchmarkEvents(count: number, date = "2026-11-30"): CalendarEvent[] {
  const monday = Date.parse(`${date}T07:00:00Z`);
  return Array.from({ length: count }, (_, index) => {
    const start = monday + (index % 7) * 86_400_000 + (Math.floor(index / 7) % 26) * 1_800_000;
    return {
      id: `bench-${String(index)}`,
      start: new Date(start).toISOString(),
      end: new Date(start + 1_800_000).toISOString(),
      kind: index % 3 === 0 ? "tentative" : "busy",
      title: "Opptatt",
      label: `Opptatt ${String(index)}`,
    };
  });
}

/** The calendar with `count` generated events: render it to benchmark (e.g. time to first paint per N). */
export function WeekCalendarBenchmark({ count, date = "2026-11-30" }: { count: number; date?: string }) {
  return (
    <WeekCalendar
      date={date}
      language="nb"
      timeZone="Europe/Oslo"
      events={benchmarkEvents(count, date)}
      label="Benchmark"
      todayLabel="I dag"
    />
  );
}
