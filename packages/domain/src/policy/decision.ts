// What the policy engine says about a request: an outcome and every finding that led to it.
import type { Finding, FindingCode } from "../finding";
import type { RequestPriority } from "./priority";

/** Codes of the policy rules, beside the booking checks' own `FindingCode`s. */
export const POLICY_CODES = [
  "sensitive_service_not_allowed",
  "discreet_needs_closed_room",
  "sensitive_words",
  "zone_incompatible",
  "booker_kind_not_allowed",
  "approval_required",
  "group_not_verified",
  "outside_staffed_hours",
  "quota_hours_exceeded",
  "quota_active_exceeded",
  "fair_share_exceeded",
  "prime_time_reserved",
  "space_taken",
  "tentative_overlap",
  "invalid_attendees",
  "rule_parameters_invalid",
] as const;
export type PolicyCode = (typeof POLICY_CODES)[number];
export type PolicyFindingCode = FindingCode | PolicyCode;

export type Severity = "refuse" | "review" | "warn";

export type RuleName =
  | "booking"
  | "conflicts"
  | "sensitivity"
  | "word_screen"
  | "zone_compatibility"
  | "eligibility"
  | "staffed_hours"
  | "quotas"
  | "fair_share"
  | "prime_time"
  | "parameters";

export interface PolicyFinding extends Omit<Finding, "code"> {
  code: PolicyFindingCode;
  severity: Severity;
  rule: RuleName;
  /** What the finding is about besides the request, e.g. the booking it clashes with. */
  concerns?: { bookingId: string };
  /** Parameters shown to staff only (e.g. the matched word of the word screen); strip with `forBooker`. */
  staffParams?: Readonly<Record<string, string | number>>;
  /** True when the whole finding is meant for staff only. */
  staffOnly?: boolean;
}

export type Outcome = "confirm" | "review" | "refuse";

export interface Decision {
  outcome: Outcome;
  findings: PolicyFinding[];
  /** The request's priority tier (rule 9), set by `evaluate`; the front desk acts on it. */
  priority?: RequestPriority;
}

/** Refuse when any finding refuses, else review when any asks for review, else confirm (warnings only). */
export function outcomeOf(findings: readonly PolicyFinding[]): Outcome {
  if (findings.some((f) => f.severity === "refuse")) return "refuse";
  if (findings.some((f) => f.severity === "review")) return "review";
  return "confirm";
}

export function decide(findings: readonly PolicyFinding[], priority?: RequestPriority): Decision {
  return { outcome: outcomeOf(findings), findings: [...findings], ...(priority ? { priority } : {}) };
}

/** The decision as the booker may see it: staff-only findings and staff parameters removed. */
export function forBooker(decision: Decision): Decision {
  const findings = decision.findings
    .filter((f) => !f.staffOnly)
    .map((f) => {
      const { staffParams: _hidden, ...shown } = f;
      return shown;
    });
  return { outcome: decision.outcome, findings, ...(decision.priority ? { priority: decision.priority } : {}) };
}
