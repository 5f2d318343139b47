// GET /rules: the shared-use rules in force, in plain language; and the rule parameters as a document.
import { z } from "zod";
import { Id } from "./common";

/** One text in the three languages of the service. */
export const LocalisedText = z.object({ nb: z.string(), nn: z.string(), en: z.string() });

export const RuleSummary = z.object({
  rule: z.enum(["sensitivity", "word_screen", "zone_compatibility", "eligibility", "quotas", "fair_share", "prime_time", "priority"]),
  text: LocalisedText,
});

/** The rules in force at a centre (or everywhere, without one), and where their parameters come from. */
export const RulesInForce = z.object({
  centreId: Id.nullable(),
  /** "centre": the centre's own parameters; "global": the common ones; "default": the built-in defaults. */
  source: z.enum(["centre", "global", "default"]),
  rules: z.array(RuleSummary),
});
export type RulesInForce = z.infer<typeof RulesInForce>;

export const RulesQuery = z.strictObject({ centreId: Id.optional() });

const quota = z.object({ hoursPerWeek: z.number(), activeBookings: z.number() });
const bookerKind = z.enum(["service_unit", "volunteer_group", "resident", "front_desk"]);

/**
 * The rule parameters as stored: the shape only, every part present. Whether the values make sense (a share
 * of at most 100 %, no negative hours) is `validatePolicyParameters`'s to say, naming each field.
 */
export const PolicyParametersDocument = z.object({
  wordScreen: z.object({ terms: z.array(z.string()) }),
  incompatibleTags: z.array(z.tuple([z.string(), z.string()])),
  quotas: z.object({ organisation: quota, resident: quota }),
  fairShare: z.object({ targetedMaxPercent: z.number() }),
  primeTime: z.object({
    windows: z.array(z.object({ weekday: z.number(), from: z.string(), to: z.string() })),
    reservedFor: z.array(bookerKind),
    releaseDays: z.number(),
    /** Share (0–100 %) of each week's prime time kept for the reserved kinds until the release point. */
    reservedSharePercent: z.number().default(50),
  }),
  bump: z.object({ noticeDays: z.number() }),
});
export type PolicyParametersDocument = z.infer<typeof PolicyParametersDocument>;

/** PUT /rules: where the document applies (a centre, or everywhere without one). */
export const RulesUpdateQuery = RulesQuery;
