import { Router } from "express";
import { Programme, ProgrammeQuery } from "@sambruk/contracts";
import { parseRequest } from "../../http/problem";
import type { ProgrammeService } from "./programme.service";

/** The public programme: no session needed, no personal data. */
export function programmeRouter(service: ProgrammeService): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const query = parseRequest(ProgrammeQuery, req.query, "query");
    res.json(Programme.parse(await service.list(query)));
  });

  return router;
}
