import { Router, type RequestHandler } from "express";
import { JoinWaitlist, WaitlistAccepted, WaitlistEntry, WaitlistEntryList, WaitlistPathParams } from "@sambruk/contracts";
import { requestIdOf, type ActorResolver } from "../../http/actor";
import { requireJsonBody } from "../../http/preconditions";
import { parseRequest } from "../../http/problem";
import { acceptWaitlistOffer } from "./accept-offer";
import { joinWaitlist } from "./join-waitlist";
import { declineWaitlistOffer, leaveWaitlist } from "./leave-waitlist";
import { listMyWaitlist } from "./list-waitlist";
import type { WaitlistDeps } from "./waitlist.deps";

/** The caller's own waitlist. `writeLimit` counts each write of a user (429 beyond the limit). Mount at /waitlist. */
export function waitlistRouter(deps: WaitlistDeps, actors: ActorResolver, writeLimit: RequestHandler): Router {
  const router = Router();

  router.post("/", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    requireJsonBody(req);
    const input = parseRequest(JoinWaitlist, req.body, "body");
    const entry = await joinWaitlist(deps, actor, input);
    res.status(201).location(`${req.baseUrl}/${entry.id}`).json(WaitlistEntry.parse(entry));
  });

  router.get("/", async (req, res) => {
    const actor = await actors.require(req);
    res.json(WaitlistEntryList.parse(await listMyWaitlist(deps, actor.userId)));
  });

  router.delete("/:id", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(WaitlistPathParams, req.params, "params");
    res.json(WaitlistEntry.parse(await leaveWaitlist(deps, actor, id)));
  });

  router.post("/:id/accept", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(WaitlistPathParams, req.params, "params");
    const accepted = await acceptWaitlistOffer(deps, { actor, id, requestId: requestIdOf(req) });
    res.status(201).json(WaitlistAccepted.parse(accepted));
  });

  router.post("/:id/decline", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(WaitlistPathParams, req.params, "params");
    res.json(WaitlistEntry.parse(await declineWaitlistOffer(deps, actor, id)));
  });

  return router;
}
