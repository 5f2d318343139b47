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
  // The request names an organisation or activity type that does not exist (checked where the data is).
  | "unknown_organisation"
  | "unknown_activity_type";

export interface Finding {
  code: FindingCode;
  /** JSON Pointer (RFC 6901) into the request, e.g. "/start". */
  pointer?: string;
  params?: Readonly<Record<string, string | number>>;
}
