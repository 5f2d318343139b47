import { AppointmentReceipt, DropIn, StaffAppointment } from "@sambruk/contracts";
import { testId } from "./factories";

/**
 * "NAV-veiledning" at Tofte on Friday 13 March 2026, 10:00–11:00 in Oslo, cut into four 15-minute appointments
 * (10:15 taken), in person or digital; a discreet service, so the room is not named. Override what a test is about.
 */
export function buildDropIn(overrides: Partial<DropIn> = {}): DropIn {
  const slot = (start: string, end: string, available = true) => ({ start, end, available });
  return DropIn.parse({
    id: testId(),
    centre: { id: testId(), name: "Tofte" },
    space: null,
    start: "2026-03-13T09:00:00Z",
    end: "2026-03-13T10:00:00Z",
    title: "NAV-veiledning",
    service: "NAV Asker",
    activityType: { id: testId(), slug: "nav-veiledning", name: { nb: "Veiledning", nn: "Rettleiing", en: "Guidance" } },
    modes: ["in_person", "digital"],
    appointments: {
      minutes: 15,
      slots: [
        slot("2026-03-13T09:00:00Z", "2026-03-13T09:15:00Z"),
        slot("2026-03-13T09:15:00Z", "2026-03-13T09:30:00Z", false),
        slot("2026-03-13T09:30:00Z", "2026-03-13T09:45:00Z"),
        slot("2026-03-13T09:45:00Z", "2026-03-13T10:00:00Z"),
      ],
    },
    ...overrides,
  });
}

/** The receipt of an appointment in `dropIn` at `start`. */
export function buildAppointmentReceipt(dropIn: DropIn, start: string, overrides: Partial<AppointmentReceipt> = {}): AppointmentReceipt {
  const slot = dropIn.appointments?.slots.find((candidate) => candidate.start === start);
  return AppointmentReceipt.parse({
    id: testId(),
    dropInId: dropIn.id,
    start,
    end: slot?.end ?? dropIn.end,
    mode: "in_person",
    title: dropIn.title,
    service: dropIn.service,
    centre: dropIn.centre,
    space: dropIn.space ? { id: dropIn.space.id, name: dropIn.space.name } : null,
    meetingLink: null,
    cancelToken: "cancel-token-0123456789abcdef",
    deleteAfter: "2026-03-27T09:00:00Z",
    ...overrides,
  });
}

/** An appointment on the staff's list: Kari Nordmann at 10:00 on Thursday 12 March 2026, in person. */
export function buildStaffAppointment(overrides: Partial<StaffAppointment> = {}): StaffAppointment {
  return StaffAppointment.parse({
    id: testId(),
    dropInId: testId(),
    start: "2026-03-12T09:00:00Z",
    end: "2026-03-12T09:15:00Z",
    mode: "in_person",
    status: "booked",
    name: "Kari Nordmann",
    phone: "91234567",
    title: "NAV-veiledning",
    service: "NAV Asker",
    centre: { id: testId(), name: "Tofte" },
    space: { id: testId(), name: "Samtalerommet" },
    ...overrides,
  });
}
