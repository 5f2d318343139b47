// The policy engine: every rule over one request, composed in a fixed order, into one decision.
import { bookingCheckFindings, conflictFindings } from "./booking-checks";
import { decide, type Decision, type PolicyFinding } from "./decision";
import { eligibilityFindings } from "./eligibility";
import { fairShareFindings } from "./fair-share";
import { primeTimeFindings } from "./prime-time";
import { requestPriority } from "./priority";
import { quotaFindings } from "./quotas";
import type { PolicyContext, PolicyRequest } from "./request";
import { sensitivityFindings } from "./sensitivity";
import { staffedHoursFindings } from "./staffed-hours";
import { validatePolicyParameters } from "./validate-parameters";
import { wordScreenFindings } from "./word-screen";
import { zoneFindings } from "./zone-compatibility";

export type Rule = (request: PolicyRequest, context: PolicyContext) => PolicyFinding[];

/** The rules in the order their findings are listed. */
export const RULES: readonly Rule[] = [
  sensitivityFindings,
  bookingCheckFindings,
  eligibilityFindings,
  staffedHoursFindings,
  conflictFindings,
  zoneFindings,
  quotaFindings,
  fairShareFindings,
  primeTimeFindings,
  wordScreenFindings,
];

/**
 * The decision on a request: refuse when any rule refuses (with every refusing finding, not only the first),
 * else review, else confirm. Deterministic: the same request and context give the same findings in the same
 * order. Parameters that make no sense send the request to review (`rule_parameters_invalid`) rather than let
 * a broken rule confirm it; a rule that still cannot read its data refuses nothing and crashes nothing. The
 * decision carries the request's priority tier, which decides nothing here but lets the front desk act on it.
 */
export function evaluate(request: PolicyRequest, context: PolicyContext): Decision {
  const findings: PolicyFinding[] = [];
  const problems = validatePolicyParameters(context.parameters);
  if (problems.length > 0) {
    findings.push({
      code: "rule_parameters_invalid",
      severity: "review",
      rule: "parameters",
      // The booker learns why the request waits; which settings are wrong is for staff.
      staffParams: { pointers: problems.map((p) => p.pointer).join(", ") },
    });
  }
  for (const rule of RULES) findings.push(...rule(request, context));
  return decide(findings, requestPriority(request.booker));
}
