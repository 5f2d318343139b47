import { z } from "zod";

export const MigrationState = z.enum(["up_to_date", "pending", "failed", "unknown"]);

export const Health = z.object({
  status: z.enum(["ok", "unavailable"]),
  version: z.string(),
  database: z.object({
    kind: z.enum(["postgres", "embedded"]),
    reachable: z.boolean(),
  }),
  migrations: z.object({
    state: MigrationState,
    applied: z.number().int().min(0),
    latest: z.string().nullable(),
  }),
});
export type Health = z.infer<typeof Health>;
