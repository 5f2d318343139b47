// GET /rules: the shared-use rules in force at a centre, in plain language (nb, nn, en). Public.
import { Router } from "express";
import { RulesInForce, RulesQuery } from "@sambruk/contracts";
import { summarisePolicy } from "@sambruk/domain";
import { notFound, parseRequest } from "../../http/problem";
import { parametersInForce } from "./parameters-in-force";
import type { PolicyParametersRepository } from "./policy-parameters.repository";

export function rulesRouter(repository: PolicyParametersRepository): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const { centreId } = parseRequest(RulesQuery, req.query, "query");
    if (centreId !== undefined && !(await repository.centreExists(centreId))) throw notFound(`No centre with id ${centreId}.`);
    const { source, parameters } = await parametersInForce(repository, centreId ?? null);
    res.json(RulesInForce.parse({ centreId: centreId ?? null, source, rules: summarisePolicy(parameters) }));
  });
  return router;
}
