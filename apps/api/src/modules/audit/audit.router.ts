// GET /audit: the audit trail, newest first. Admins read everything; a front-desk host reads the events of
// the centres they host; everyone else is refused.
import { Router } from "express";
import { AuditEventList, AuditQuery } from "@sambruk/contracts";
import { can, type Actor } from "@sambruk/domain";
import { forbidden, type ActorResolver } from "../../http/actor";
import { parseRequest } from "../../http/problem";
import type { AuditEventRecord, AuditRepository } from "./audit.repository";

export interface AuditRouterDeps {
  actors: ActorResolver;
  audit: Pick<AuditRepository, "find">;
}

/** The centres whose events the actor may read for the query: null for all; 403 when none. */
function centresInScope(actor: Actor, centreId: string | undefined): readonly string[] | null {
  if (centreId !== undefined) {
    if (!can(actor, "audit.view", { centreId })) throw forbidden("You are not a host of this centre.");
    return [centreId];
  }
  if (can(actor, "audit.view", { centreId: null })) return null;
  if (actor.frontDeskCentreIds.length === 0) throw forbidden("Only administrators and the front desk read the audit trail.");
  return actor.frontDeskCentreIds;
}

function toWire(event: AuditEventRecord) {
  return { ...event, at: event.at.toISOString(), before: event.before ?? null, after: event.after ?? null };
}

export function auditRouter({ actors, audit }: AuditRouterDeps): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const actor = await actors.require(req);
    const { centreId, organisationId, from, to, ...query } = parseRequest(AuditQuery, req.query, "query");
    const events = await audit.find({
      ...query,
      centreIds: centresInScope(actor, centreId),
      actingOrganisationId: organisationId,
      from: from === undefined ? undefined : new Date(from),
      to: to === undefined ? undefined : new Date(to),
    });
    res.json(AuditEventList.parse(events.map(toWire)));
  });
  return router;
}
