import { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export interface RateLimitRepository {
  /** Counts one hit for the key in the window starting at `windowStart`; returns the window's hits so far. */
  hit(key: string, windowStart: Date): Promise<number>;
  /** Deletes windows that started before `before`. */
  purge(before: Date): Promise<number>;
}

export function createRateLimitRepository(db: Db): RateLimitRepository {
  return {
    async hit(key, windowStart) {
      const [row] = await db.$queryRaw<{ hits: number }[]>(Prisma.sql`
        INSERT INTO "rate_limit_window" ("key", "window_start", "hits") VALUES (${key}, ${windowStart}, 1)
        ON CONFLICT ("key", "window_start") DO UPDATE SET "hits" = "rate_limit_window"."hits" + 1
        RETURNING "hits"`);
      return row?.hits ?? 1;
    },
    async purge(before) {
      const { count } = await db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: before } } });
      return count;
    },
  };
}
