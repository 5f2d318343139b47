import { HttpProblem, notFound } from "../../http/problem";
import type { BookingsDeps } from "./bookings.deps";

/** A booking moves within its centre: 404 for an unknown space, 400 for a space of another centre. */
export async function requireSpaceInCentre(deps: BookingsDeps, spaceId: string, centreId: string): Promise<void> {
  const space = await deps.store.spaces.findById(spaceId);
  if (!space) throw notFound(`No space with id ${spaceId}.`);
  if (space.centreId !== centreId) {
    throw new HttpProblem(400, "validation_failed", "Invalid request", "A booking can only move to a space of its own centre.", [
      { pointer: "/body/spaceId", code: "other_centre", detail: "The space belongs to another centre." },
    ]);
  }
}
