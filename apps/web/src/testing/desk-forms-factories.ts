import { DeskBooking, DeskOrganisation, type BookingDetail } from "@sambruk/contracts";
import { buildBookingDetail, testId } from "./factories";

/** A verified volunteer group as the desk lists it; override what a test is about. */
export function buildOrganisation(overrides: Partial<DeskOrganisation> = {}): DeskOrganisation {
  return DeskOrganisation.parse({ id: testId(), kind: "volunteer_group", name: "Språkkafeen", verified: true, houseService: false, ...overrides });
}

/** A booking as the desk sees it (confirmed, Thursday 12 March 2026, 18:00–20:00 in Oslo, by default). */
export function buildDeskBooking(overrides: Partial<BookingDetail & DeskBooking> = {}): DeskBooking {
  const { checkedInAt = null, statusReason = null, ...detail } = overrides;
  return DeskBooking.parse({ ...buildBookingDetail(detail), checkedInAt, statusReason });
}
