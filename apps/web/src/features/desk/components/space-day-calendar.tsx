import FullCalendar, { type CalendarOptions, type EventDisplayInfo, type EventDropInfo, type EventInput } from "@fullcalendar/react";
import interactionPlugin from "@fullcalendar/react/interaction";
import nbLocale from "@fullcalendar/react/locales/nb";
import nnLocale from "@fullcalendar/react/locales/nn";
import classicThemePlugin from "@fullcalendar/react/themes/classic";
import timeGridPlugin from "@fullcalendar/react/timegrid";
import "@fullcalendar/react/skeleton.css";
import "@fullcalendar/react/themes/classic/theme.css";
import "@fullcalendar/react/themes/classic/palette.css";
import { OSLO } from "@sambruk/domain";
import { useTranslation } from "react-i18next";
import { isDraggable, shiftedBy, type BoardEvent } from "../utils/board-events";
import { eventLabel } from "../utils/event-label";

interface SpaceDayCalendarProps {
  date: string;
  events: readonly BoardEvent[];
  /** Names the column for assistive technology (the space). */
  label: string;
  /** Only the first column shows the hours; the others keep the rows with a non-breaking space. */
  showHours: boolean;
  onOpen: (bookingId: string) => void;
  /** A booking was dragged to another time in this column (the drag itself is undone). */
  onDrop: (bookingId: string, time: { start: string; end: string }) => void;
}

const locales = { nb: nbLocale, nn: nnLocale, en: "en-gb" } as const;
const hourMinute = { hour: "2-digit", minute: "2-digit", hour12: false } as const;

function boardEventOf(info: Pick<EventDisplayInfo, "event">): BoardEvent | null {
  const event: unknown = info.event.extendedProps.board;
  return typeof event === "object" && event !== null ? (event as BoardEvent) : null;
}

/** One space's day (07–23, Europe/Oslo) as a `timeGridDay`; the board puts one per space side by side. */
export function SpaceDayCalendar({ date, events, label, showHours, onOpen, onDrop }: SpaceDayCalendarProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === "nn" || i18n.resolvedLanguage === "en" ? i18n.resolvedLanguage : "nb";
  const inputs: EventInput[] = events.map((event) => ({
    id: event.id,
    start: event.start,
    end: event.end,
    title: event.title,
    startEditable: isDraggable(event),
    extendedProps: { board: event },
  }));
  const options: CalendarOptions = {
    plugins: [timeGridPlugin, interactionPlugin, classicThemePlugin],
    initialView: "timeGridDay",
    initialDate: date,
    timeZone: OSLO,
    locale: locales[language],
    headerToolbar: false,
    dayHeaders: false,
    allDaySlot: false,
    height: "auto",
    slotMinTime: "07:00",
    slotMaxTime: "23:00",
    slotDuration: "00:30:00",
    slotHeaderFormat: hourMinute,
    eventTimeFormat: hourMinute,
    nowIndicator: false,
    ...(showHours ? {} : { slotHeaderContent: () => "\u00a0" }),
    events: inputs,
    eventInteractive: true,
    eventStartEditable: false,
    eventDurationEditable: false,
    // A drop moves nothing by itself: it is undone, and the host confirms the move with a reason.
    eventDrop: (info: EventDropInfo) => {
      info.revert();
      const event = boardEventOf(info);
      if (!event?.bookingId) return;
      onDrop(event.bookingId, shiftedBy(event, info.delta.days * 86_400_000 + info.delta.milliseconds));
    },
    eventClass: (info: EventDisplayInfo) => `desk-event desk-event--${boardEventOf(info)?.state ?? "confirmed"}`,
    eventContent: (info: EventDisplayInfo) => {
      const event = boardEventOf(info);
      if (!event) return null;
      return (
        <span className="desk-event__body">
          <span className="desk-event__state">{t(`desk.state.${event.state}`)}</span>{" "}
          <span className="desk-event__time">{info.timeText}</span>{" "}
          <span className="desk-event__title">{event.title}</span>
          {event.organisation && <span className="desk-event__org"> · {event.organisation}</span>}
          {event.noShows > 0 && <span className="desk-event__no-shows"> · {t("desk.noShows", { count: event.noShows })}</span>}
        </span>
      );
    },
    eventDidMount: (info: EventDisplayInfo & { el: HTMLElement }) => {
      const event = boardEventOf(info);
      if (!event) return;
      info.el.setAttribute("aria-label", eventLabel(t, language, event));
      if (event.bookingId === null) {
        info.el.removeAttribute("tabindex");
        info.el.setAttribute("role", "note");
        return;
      }
      const bookingId = event.bookingId;
      info.el.setAttribute("role", "button");
      info.el.setAttribute("tabindex", "0");
      info.el.addEventListener("keydown", (keyEvent) => {
        if (keyEvent.key === "Enter" || keyEvent.key === " ") {
          keyEvent.preventDefault();
          onOpen(bookingId);
        }
      });
    },
    eventClick: (info) => {
      info.jsEvent.preventDefault();
      const bookingId = boardEventOf(info)?.bookingId;
      if (bookingId) onOpen(bookingId);
    },
  };
  return (
    <div className="desk-calendar" role="group" aria-label={label}>
      <FullCalendar key={`${date}-${language}`} {...options} />
    </div>
  );
}
