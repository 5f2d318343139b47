// The problem documents of the desk's bumps and offers.
import type { BumpRefusal } from "@sambruk/contracts";
import { HttpProblem } from "../../http/problem";

export function bumpRefused(refusals: readonly BumpRefusal[]): HttpProblem {
  return new HttpProblem(
    422,
    "bump_refused",
    "Bump refused",
    "The rules refuse to bump one or more bookings in the way, so nothing was booked or bumped; see `refusals`.",
    undefined,
    { refusals },
  );
}

export function offerUnavailable(why: string): HttpProblem {
  return new HttpProblem(409, "offer_unavailable", "Offer unavailable", why);
}
