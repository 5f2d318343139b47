// What a notification says, as data: the booking as it was when the decision was made, and the caller's params
// (reason, alternatives, deadline). Stored as the notification's params, so the in-app list renders the same
// message later, in the user's language of the moment.
import { z } from "zod";
import type { NotificationContent } from "@sambruk/domain";

/** The params callers of `notify` may pass; alternatives name a space (as the domain's Alternative does). */
export const NotifyParams = z.object({
  reason: z.string().trim().min(1).max(2000).optional(),
  deadline: z.coerce.date().optional(),
  alternatives: z
    .array(z.object({ spaceId: z.uuid(), start: z.coerce.date(), end: z.coerce.date(), acceptUrl: z.url().optional() }))
    .max(20)
    .optional(),
  /** The organiser's check-in link, in a confirmation. */
  checkInUrl: z.url().optional(),
});
export type NotifyParams = z.infer<typeof NotifyParams>;

const Place = { centreName: z.string(), spaceName: z.string().nullable() };

/** The stored form (JSON): instants as ISO strings. */
const StoredContent = z.object({
  booking: z.object({ ...Place, title: z.string(), startsAt: z.coerce.date(), endsAt: z.coerce.date() }),
  reason: z.string().optional(),
  deadline: z.coerce.date().optional(),
  alternatives: z.array(z.object({ ...Place, startsAt: z.coerce.date(), endsAt: z.coerce.date(), acceptUrl: z.string().optional() })).optional(),
  checkInUrl: z.string().optional(),
});

/** The content as JSON for the notification's params column. */
export function contentToJson(content: NotificationContent): Record<string, unknown> {
  return JSON.parse(JSON.stringify(content)) as Record<string, unknown>;
}

/** The content back from the params column. */
export function contentFromJson(json: unknown): NotificationContent {
  const { reason, deadline, alternatives, booking, checkInUrl } = StoredContent.parse(json);
  return {
    booking,
    ...(checkInUrl === undefined ? {} : { checkInUrl }),
    ...(reason === undefined ? {} : { reason }),
    ...(deadline === undefined ? {} : { deadline }),
    ...(alternatives === undefined ? {} : { alternatives: alternatives.map(({ acceptUrl, ...rest }) => ({ ...rest, ...(acceptUrl === undefined ? {} : { acceptUrl }) })) }),
  };
}
