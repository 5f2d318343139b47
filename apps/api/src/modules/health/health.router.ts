import { Router } from "express";
import { Health } from "@sambruk/contracts";
import type { Database } from "../../db/database";

/** What the server learnt about the migrations when it started. */
export interface MigrationSnapshot {
  state: "up_to_date" | "pending" | "failed" | "unknown";
  applied: number;
  latest: string | null;
}

export interface HealthDeps {
  db: Pick<Database, "kind" | "ping">;
  version: string;
  migrations: () => MigrationSnapshot;
}

/** 200 when the database answers, 503 when it does not; never cached. */
export function healthRouter({ db, version, migrations }: HealthDeps): Router {
  const router = Router();
  router.get("/", async (_req, res) => {
    const reachable = await db.ping();
    const body = Health.parse({
      status: reachable ? "ok" : "unavailable",
      version,
      database: { kind: db.kind, reachable },
      migrations: migrations(),
    });
    res.status(reachable ? 200 : 503).set("Cache-Control", "no-store").json(body);
  });
  return router;
}
