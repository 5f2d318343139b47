// /organisations: residents register informal groups; members and the front desk read them; the front desk of
// a group's home centre lists what waits for verification and verifies it. Every route needs a session.
import { Router } from "express";
import { OrganisationPathParams, OrganisationQuery, RegisterGroup } from "@sambruk/contracts";
import { requestIdOf, type ActorResolver } from "../../http/actor";
import { requireJsonBody } from "../../http/preconditions";
import { parseRequest } from "../../http/problem";
import type { OrganisationWrites } from "./organisation-writes.repository";
import { toOrganisation } from "./organisations.mapper";
import type { OrganisationsRepository } from "./organisations.repository";
import { createOrganisationsService } from "./organisations.service";

export interface OrganisationsRouterDeps {
  actors: ActorResolver;
  organisations: OrganisationsRepository;
  writes: OrganisationWrites;
}

export function organisationsRouter({ actors, ...deps }: OrganisationsRouterDeps): Router {
  const service = createOrganisationsService(deps);
  const router = Router();

  router.post("/", async (req, res) => {
    const actor = await actors.require(req);
    requireJsonBody(req);
    const group = parseRequest(RegisterGroup, req.body, "body");
    const organisation = await service.register(actor, group, requestIdOf(req));
    res.status(201).location(`${req.baseUrl}/${organisation.id}`).json(toOrganisation(organisation));
  });

  router.get("/", async (req, res) => {
    const actor = await actors.require(req);
    const query = parseRequest(OrganisationQuery, req.query, "query");
    res.json((await service.list(actor, query)).map(toOrganisation));
  });

  router.get("/:id", async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(OrganisationPathParams, req.params, "params");
    res.json(toOrganisation(await service.get(actor, id)));
  });

  router.post("/:id/verify", async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(OrganisationPathParams, req.params, "params");
    res.json(toOrganisation(await service.verify(actor, id, requestIdOf(req))));
  });
  return router;
}
