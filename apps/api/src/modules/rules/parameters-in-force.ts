// The rule parameters in force at a centre: the stored document when it has the right shape, else the
// built-in defaults. Values that make no sense (a share over 100 %) are the engine's to catch: it sends
// requests to review rather than let a broken rule confirm them.
import { PolicyParametersDocument } from "@sambruk/contracts";
import { defaultPolicyParameters, type PolicyParameters } from "@sambruk/domain";
import type { PolicyParametersProvider } from "../bookings/booking-policy";
import type { PolicyParametersRepository } from "./policy-parameters.repository";

export interface ParametersInForce {
  source: "centre" | "global" | "default";
  parameters: PolicyParameters;
}

export async function parametersInForce(repository: PolicyParametersRepository, centreId: string | null): Promise<ParametersInForce> {
  const stored = await repository.findInForce(centreId);
  if (!stored) return { source: "default", parameters: defaultPolicyParameters };
  // A document without even the shape counts as absent: the defaults apply.
  const parsed = PolicyParametersDocument.safeParse(stored.document);
  return parsed.success ? { source: stored.source, parameters: parsed.data } : { source: "default", parameters: defaultPolicyParameters };
}

export function storedParametersProvider(repository: PolicyParametersRepository): PolicyParametersProvider {
  return async (centreId) => (await parametersInForce(repository, centreId)).parameters;
}
