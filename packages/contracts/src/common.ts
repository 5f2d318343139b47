import { z } from "zod";

export const Id = z.uuid();

/** Wall-clock time of day in the centre's zone, "HH:mm", 00:00–24:00. */
export const WallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "Expected HH:mm");

export const IsoWeekday = z.number().int().min(1).max(7);

/** An instant as ISO 8601 with an explicit offset ("2026-12-01T18:00:00+01:00" or "…Z"). */
export const Instant = z.iso.datetime({ offset: true, local: false });

/** A comma-separated query parameter as a list. */
export const commaList = z.string().transform((text) => text.split(",").map((part) => part.trim()).filter(Boolean));
