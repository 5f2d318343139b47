// The waitlist: queue for a taken time; when it frees up, the first in line is offered it for a set time.
import { z } from "zod";
import { CreateBooking, CreatedBooking } from "./bookings";
import { Id, Instant } from "./common";

/** POST /waitlist: the booking one would make if the time were free. */
export const JoinWaitlist = CreateBooking.omit({ dropIn: true });
export type JoinWaitlist = z.infer<typeof JoinWaitlist>;

export const WaitlistStatus = z.enum(["waiting", "offered", "accepted", "declined", "expired", "left"]);
export type WaitlistStatus = z.infer<typeof WaitlistStatus>;

export const WaitlistEntry = z.object({
  id: Id,
  centreId: Id,
  spaceId: Id,
  organisationId: Id,
  title: z.string(),
  start: Instant,
  end: Instant,
  status: WaitlistStatus,
  /** 1 is next in line; null once the entry is no longer waiting. */
  position: z.number().int().min(1).nullable(),
  /** While `offered`: until when the offer can be accepted. */
  offerExpiresAt: Instant.nullable(),
  /** Once `accepted`: the booking made. */
  bookingId: Id.nullable(),
  createdAt: Instant,
});
export type WaitlistEntry = z.infer<typeof WaitlistEntry>;
export const WaitlistEntryList = z.array(WaitlistEntry);

export const WaitlistPathParams = z.strictObject({ id: Id });

/** POST /waitlist/{id}/accept: the booking made from the offer (confirmed, or a request for the front desk). */
export const WaitlistAccepted = z.object({ entry: WaitlistEntry, booking: CreatedBooking });
export type WaitlistAccepted = z.infer<typeof WaitlistAccepted>;
