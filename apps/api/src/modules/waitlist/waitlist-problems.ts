// The problem documents of the waitlist endpoints.
import { HttpProblem } from "../../http/problem";

export function waitlistDuplicate(): HttpProblem {
  return new HttpProblem(409, "waitlist_duplicate", "Already on the waitlist", "You already wait for this space and time.");
}

export function offerUnavailable(): HttpProblem {
  return new HttpProblem(409, "offer_unavailable", "Offer unavailable", "This entry has no open offer: it was never offered the time, or the deadline has passed.");
}
