// Stable codes of the front desk's refusals, which the clients translate (texts in ./messages).

export const FRONT_DESK_CODES = [
  "bump_lower_tier_only",
  "bump_notice_too_short",
  "override_needs_justification",
  "approval_blocked_by_holder",
  "request_not_pending",
] as const;
export type FrontDeskCode = (typeof FRONT_DESK_CODES)[number];

/** A front-desk action the rules refuse, with the code and the parameters its message shows. */
export interface FrontDeskRefusal<C extends FrontDeskCode = FrontDeskCode> {
  allowed: false;
  code: C;
  params: Readonly<Record<string, string | number>>;
}
