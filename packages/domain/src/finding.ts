// Findings: what a rule says about a request, with a stable snake_case code the clients translate.

export type FindingCode =
  | "invalid_datetime"
  | "offset_missing"
  | "offset_mismatch"
  | "end_before_start"
  | "duration_too_short"
  | "duration_too_long"
  | "not_on_slot_step"
  | "outside_opening_hours"
  | "closed_holiday"
  | "closed"
  | "too_short_notice"
  | "beyond_horizon"
  | "over_capacity"
  | "drop_in_not_allowed"
  | "drop_in_must_be_public";

export interface Finding {
  code: FindingCode;
  /** JSON Pointer (RFC 6901) into the request, e.g. "/start". */
  pointer?: string;
  params?: Readonly<Record<string, string | number>>;
}
