// Rule 1: services that need shielding or security measures never book the innbyggertorg; discreet
// conversations only in closed rooms with sound privacy.
import type { PolicyFinding } from "./decision";
import type { PolicyContext, PolicyRequest } from "./request";

export function sensitivityFindings(request: PolicyRequest, context: Pick<PolicyContext, "space">): PolicyFinding[] {
  const { sensitivity } = request.activity;
  if (sensitivity === "shielded" || sensitivity === "security") {
    return [
      {
        code: "sensitive_service_not_allowed",
        severity: "refuse",
        rule: "sensitivity",
        pointer: "/activityTypeId",
        params: { sensitivity, activityTypeId: request.activity.id },
      },
    ];
  }
  if (sensitivity === "discreet" && context.space.privacy !== "closed") {
    return [
      {
        code: "discreet_needs_closed_room",
        severity: "refuse",
        rule: "sensitivity",
        pointer: "/spaceId",
        params: { privacy: context.space.privacy, spaceId: context.space.id },
      },
    ];
  }
  return [];
}
