// GET /rules: the shared-use rules in force at a centre, in plain language (nb, nn, en). Public.
// PUT /rules: an administrator replaces the parameter document, globally or for one centre; audited.
import { Router } from "express";
import { PolicyParametersDocument, RulesInForce, RulesQuery, RulesUpdateQuery } from "@sambruk/contracts";
import { summarisePolicy, validatePolicyParameters } from "@sambruk/domain";
import { requestIdOf, requireAdmin, type ActorResolver } from "../../http/actor";
import { requireJsonBody } from "../../http/preconditions";
import { HttpProblem, notFound, parseRequest } from "../../http/problem";
import { parametersInForce } from "./parameters-in-force";
import type { PolicyParametersRepository } from "./policy-parameters.repository";

export interface RulesWrites {
  replace(change: {
    centreId: string | null;
    parameters: PolicyParametersDocument;
    actorId: string;
    requestId: string | null;
  }): Promise<PolicyParametersDocument>;
}

export function rulesRouter(repository: PolicyParametersRepository, writes: RulesWrites, actors: ActorResolver): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const { centreId } = parseRequest(RulesQuery, req.query, "query");
    if (centreId !== undefined && !(await repository.centreExists(centreId))) throw notFound(`No centre with id ${centreId}.`);
    const { source, parameters } = await parametersInForce(repository, centreId ?? null);
    res.json(RulesInForce.parse({ centreId: centreId ?? null, source, rules: summarisePolicy(parameters) }));
  });

  router.put("/", async (req, res) => {
    const actor = await actors.require(req);
    requireAdmin(actor);
    const { centreId } = parseRequest(RulesUpdateQuery, req.query, "query");
    requireJsonBody(req);
    const parameters = parseRequest(PolicyParametersDocument, req.body, "body");
    const problems = validatePolicyParameters(parameters);
    if (problems.length > 0) {
      const errors = problems.map((problem) => ({ pointer: `/body${problem.pointer}`, code: problem.code, detail: `The value is not allowed (${problem.code}).` }));
      throw new HttpProblem(400, "validation_failed", "Invalid request", "The rule parameters do not make sense.", errors);
    }
    if (centreId !== undefined && !(await repository.centreExists(centreId))) throw notFound(`No centre with id ${centreId}.`);
    const stored = await writes.replace({ centreId: centreId ?? null, parameters, actorId: actor.userId, requestId: requestIdOf(req) });
    res.json(PolicyParametersDocument.parse(stored));
  });
  return router;
}
