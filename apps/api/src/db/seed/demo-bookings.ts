// Demo data: invented bookings in this week and the coming ones, placed relative to the week the seed runs in
// (week 0 = this week, week 1 = next week). Each lies inside its centre's demo opening hours, and no two
// time-holding ones share a space (or a hall and one of its parts) on the same weekday, the demo series
// (demo-series.ts) included, so moving all of them by whole weeks never makes two of them collide.
import type { IsoWeekday } from "@sambruk/domain";
import type { DemoOrganisationKey, DemoUserKey } from "./demo-people";

/** A drop-in window's settings: appointments of that many minutes (null: come when you like), ways to meet. */
export interface DemoDropIn {
  appointmentMinutes: number | null;
  modes: ("in_person" | "digital")[];
  meetingLink: string | null;
}

export interface DemoBooking {
  /** Fixed, so the seed updates rather than duplicates. */
  id: string;
  centre: string;
  space: string;
  organisation: DemoOrganisationKey;
  bookedBy: DemoUserKey;
  activity: string;
  title: string;
  attendees: number;
  week: 0 | 1 | 2 | 3 | 4;
  weekday: IsoWeekday;
  /** Wall-clock "HH:mm" in the centre's zone. */
  from: string;
  to: string;
  status: "requested" | "confirmed";
  dropIn?: DemoDropIn;
}

const id = (n: number): string => `de000000-0000-4000-8000-000000000${300 + n}`;

export const demoBookings: DemoBooking[] = [
  { id: id(1), centre: "tofte", space: "torget", organisation: "languageCafe", bookedBy: "volunteerCoordinator", activity: "sprakkafe", title: "Språkkafé: øv på norsk", attendees: 15, week: 1, weekday: 2, from: "18:00", to: "20:00", status: "confirmed" },
  { id: id(2), centre: "tofte", space: "biblioteket", organisation: "library", bookedBy: "libraryStaff", activity: "fortellerstund", title: "Fortellerstund for de minste", attendees: 20, week: 1, weekday: 3, from: "10:30", to: "11:15", status: "confirmed" },
  { id: id(4), centre: "asker-sentrum", space: "storsalen-a", organisation: "cultureSchool", bookedBy: "frontDesk", activity: "kurs", title: "Kulturskolen: gitar for voksne", attendees: 12, week: 1, weekday: 1, from: "17:00", to: "19:00", status: "confirmed" },
  { id: id(5), centre: "asker-sentrum", space: "moterom-1", organisation: "refugeeService", bookedBy: "frontDesk", activity: "mote", title: "Samarbeidsmøte", attendees: 8, week: 1, weekday: 2, from: "09:00", to: "10:30", status: "confirmed" },
  { id: id(6), centre: "heggedal", space: "moterom-1", organisation: "resident", bookedBy: "resident", activity: "mote", title: "Nabomøte om skoleveien", attendees: 6, week: 1, weekday: 4, from: "17:00", to: "18:00", status: "requested" },
  { id: id(7), centre: "asker-sentrum", space: "storsalen", organisation: "library", bookedBy: "libraryStaff", activity: "forfattermote", title: "Forfattermøte i Storsalen", attendees: 90, week: 2, weekday: 4, from: "18:30", to: "20:30", status: "requested" },
  { id: id(8), centre: "asker-sentrum", space: "torget", organisation: "library", bookedBy: "libraryStaff", activity: "drop-in", title: "Digihjelp: drop-in for mobil og PC", attendees: 10, week: 2, weekday: 3, from: "12:00", to: "15:00", status: "confirmed" },
  { id: id(9), centre: "slemmestad", space: "storsalen-b", organisation: "youthClub", bookedBy: "frontDesk", activity: "apent-arrangement", title: "Ungdomskonsert", attendees: 50, week: 2, weekday: 5, from: "18:00", to: "20:00", status: "confirmed" },
  { id: id(10), centre: "holmen", space: "torget", organisation: "languageCafe", bookedBy: "volunteerCoordinator", activity: "sprakkafe", title: "Språkkafé på Holmen", attendees: 12, week: 3, weekday: 1, from: "18:00", to: "20:00", status: "confirmed" },
  { id: id(11), centre: "slemmestad", space: "biblioteket", organisation: "library", bookedBy: "libraryStaff", activity: "klassebesok", title: "Klassebesøk, 4. trinn", attendees: 28, week: 3, weekday: 2, from: "09:00", to: "10:00", status: "confirmed" },
  { id: id(12), centre: "slemmestad", space: "kjokkenet", organisation: "knittingGroup", bookedBy: "informalCoordinator", activity: "kurs", title: "Matlaging for nabolaget", attendees: 10, week: 4, weekday: 6, from: "11:00", to: "14:00", status: "requested" },
  // This week, so the programme is never empty on the day the demo starts (a day already past is still valid data).
  { id: id(13), centre: "heggedal", space: "biblioteket", organisation: "library", bookedBy: "libraryStaff", activity: "fortellerstund", title: "Fortellerstund i biblioteket", attendees: 18, week: 0, weekday: 1, from: "10:30", to: "11:15", status: "confirmed" },
  { id: id(14), centre: "spikkestad", space: "torget", organisation: "library", bookedBy: "libraryStaff", activity: "drop-in", title: "Digihjelp: spør om mobil, PC og BankID", attendees: 15, week: 0, weekday: 2, from: "12:00", to: "14:00", status: "confirmed", dropIn: { appointmentMinutes: null, modes: ["in_person"], meetingLink: null } },
  { id: id(15), centre: "slemmestad", space: "torget", organisation: "knittingGroup", bookedBy: "informalCoordinator", activity: "kurs", title: "Strikkekafé: ta med strikketøyet", attendees: 12, week: 0, weekday: 3, from: "11:00", to: "13:00", status: "confirmed" },
  { id: id(16), centre: "slemmestad", space: "storsalen", organisation: "cultureSchool", bookedBy: "frontDesk", activity: "apent-arrangement", title: "Konsert med Kulturskolen", attendees: 100, week: 0, weekday: 4, from: "18:00", to: "19:30", status: "confirmed" },
  { id: id(17), centre: "saetre", space: "torget", organisation: "languageCafe", bookedBy: "volunteerCoordinator", activity: "sprakkafe", title: "Språkkafé på Sætre", attendees: 10, week: 0, weekday: 5, from: "12:00", to: "14:00", status: "confirmed" },
];

/**
 * Demo bookings of earlier versions of the demo data, deleted by the seed: NAV's guidance at Tofte (Thursday in
 * the quiet room), now the drop-in series in demo-series.ts.
 */
export const retiredDemoBookingIds: string[] = [id(3)];
