// Demo data: two invented recurring series, placed relative to the week the seed runs in (week 0 = this week).
// Like the single demo bookings (demo-bookings.ts), no other demo booking uses their space on their weekday.
import type { IsoWeekday } from "@sambruk/domain";
import type { DemoDropIn } from "./demo-bookings";
import type { DemoOrganisationKey, DemoUserKey } from "./demo-people";

export interface DemoSeries {
  /** Fixed, so the seed updates rather than duplicates. */
  id: string;
  /**
   * Four digits in the fixed ids of the series' bookings, which end in the occurrence's date: the booking of a
   * date keeps its id when the seed runs again in a later week.
   */
  bookingIdCode: string;
  centre: string;
  space: string;
  organisation: DemoOrganisationKey;
  bookedBy: DemoUserKey;
  activity: string;
  title: string;
  attendees: number;
  /** Null: the activity type's default visibility. */
  visibility: "public" | "busy_only" | null;
  /** Every week on this weekday, from the week `firstWeek` for `weeks` weeks. */
  weekday: IsoWeekday;
  firstWeek: number;
  weeks: number;
  /** Wall-clock "HH:mm" in the centre's zone. */
  from: string;
  to: string;
  dropIn?: DemoDropIn;
}

const id = (n: number): string => `de000000-0000-4000-8000-000000000${400 + n}`;

export const demoSeries: DemoSeries[] = [
  {
    id: id(1), bookingIdCode: "0401", centre: "slemmestad", space: "torget", organisation: "languageCafe", bookedBy: "volunteerCoordinator",
    activity: "sprakkafe", title: "Språkkafé på Slemmestad", attendees: 20, visibility: null,
    weekday: 2, firstWeek: 1, weeks: 12, from: "18:00", to: "20:00",
  },
  {
    // NAV's guidance is discreet: the programme shows the window but not the room (ask at the front desk).
    id: id(2), bookingIdCode: "0402", centre: "tofte", space: "samtalerom", organisation: "navGuidance", bookedBy: "navAdvisor",
    activity: "nav-veiledning", title: "NAV-veiledning: drop-in og timebestilling", attendees: 2, visibility: "public",
    weekday: 4, firstWeek: 0, weeks: 10, from: "10:00", to: "14:00",
    dropIn: { appointmentMinutes: 20, modes: ["in_person", "digital"], meetingLink: "https://meet.example.no/nav-tofte" },
  },
];

/** The fixed id of a series' booking on a date ("2026-12-01" → …-040120261201). */
export function demoSeriesBookingId(series: Pick<DemoSeries, "bookingIdCode">, isoDate: string): string {
  return `de000000-0000-4000-8000-${series.bookingIdCode}${isoDate.replaceAll("-", "")}`;
}
