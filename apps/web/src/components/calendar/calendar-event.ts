/** What the week calendar shows: time ranges with a state, a short visible title and a full accessible label. */
export type CalendarEventKind = "free" | "busy" | "tentative" | "closed";

export interface CalendarEvent {
  id: string;
  /** Instants, ISO 8601 with an offset. */
  start: string;
  end: string;
  kind: CalendarEventKind;
  /** Visible in the event: "Opptatt". */
  title: string;
  /** The accessible name: state, weekday, date and time. */
  label: string;
}

/** A selected range, as instants. */
export interface CalendarSelection {
  start: Date;
  end: Date;
}
