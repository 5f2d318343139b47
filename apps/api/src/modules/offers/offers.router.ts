import { Router } from "express";
import { OfferAccepted, OfferPathParams, OfferTokenQuery, OfferView } from "@sambruk/contracts";
import { requestIdOf } from "../../http/actor";
import { parseRequest } from "../../http/problem";
import { acceptOffer } from "./accept-offer";
import { openOffer } from "./get-offer";
import type { OffersDeps } from "./offers.deps";
import { offerViewOf } from "./offers.mapper";

/** The bumped booker's links (/offers/…): public, opened by the link's token. */
export function offersRouter(deps: OffersDeps): Router {
  const router = Router();

  router.get("/:id", async (req, res) => {
    const { id } = parseRequest(OfferPathParams, req.params, "params");
    const { token } = parseRequest(OfferTokenQuery, req.query, "query");
    res.set("Cache-Control", "private, no-store").json(OfferView.parse(offerViewOf(await openOffer(deps, id, token), deps.now())));
  });

  router.post("/:id/accept", async (req, res) => {
    const { id } = parseRequest(OfferPathParams, req.params, "params");
    const { token } = parseRequest(OfferTokenQuery, req.query, "query");
    res.status(201).json(OfferAccepted.parse(await acceptOffer(deps, id, token, requestIdOf(req))));
  });

  return router;
}
