// Rule 4: who may book the space, and whose requests wait for the front desk.
import { needsApproval } from "../bookings/approval";
import type { PolicyFinding } from "./decision";
import type { PolicyContext, PolicyRequest } from "./request";

/**
 * `booker_kind_not_allowed` (refuse) when the space lists the booker kinds that may book it and the booker's is
 * not among them (the front desk, which books for the house, always may); otherwise a review when the space
 * requires approval (`approval_required`) or the group is not verified yet (`group_not_verified`).
 */
export function eligibilityFindings(request: PolicyRequest, context: Pick<PolicyContext, "space">): PolicyFinding[] {
  const { booker } = request;
  const allowed = context.space.allowedBookerKinds;
  if (allowed !== undefined && booker.kind !== "front_desk" && !allowed.includes(booker.kind)) {
    return [
      {
        code: "booker_kind_not_allowed",
        severity: "refuse",
        rule: "eligibility",
        pointer: "/spaceId",
        params: { bookerKind: booker.kind, allowed: allowed.join(", ") },
      },
    ];
  }
  const organisation = { kind: booker.organisationKind ?? "resident", verified: booker.verified } as const;
  if (!needsApproval({ space: context.space, organisation, bookerKind: booker.kind })) return [];
  const findings: PolicyFinding[] = [];
  if (context.space.booking.requiresApproval) {
    findings.push({ code: "approval_required", severity: "review", rule: "eligibility", pointer: "/spaceId" });
  }
  if (organisation.kind === "volunteer_group" && !organisation.verified) {
    findings.push({ code: "group_not_verified", severity: "review", rule: "eligibility" });
  }
  return findings;
}
