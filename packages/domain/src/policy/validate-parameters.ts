// Nonsense in rule parameters, named by JSON Pointer, so an admin's change can be refused with a 400.
import { BOOKER_KINDS } from "../spaces/space";
import { parseWallTime } from "../time/wall-time";
import type { PolicyParameters, WeeklyWindow } from "./parameters";

export type ParameterProblemCode =
  | "not_a_number"
  | "negative"
  | "not_an_integer"
  | "share_out_of_range"
  | "unknown_weekday"
  | "malformed_time"
  | "empty_window"
  | "unknown_booker_kind"
  | "empty_term"
  | "malformed_pair";

export interface ParameterProblem {
  pointer: string;
  code: ParameterProblemCode;
}

/** Every problem in the parameters, in a stable order; empty when they make sense. */
export function validatePolicyParameters(p: PolicyParameters): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  const add = (pointer: string, code: ParameterProblemCode | null) => {
    if (code) problems.push({ pointer, code });
  };
  p.wordScreen.terms.forEach((term, i) => {
    if (typeof term !== "string" || term.replace(/\*$/, "").trim() === "") add(`/wordScreen/terms/${i}`, "empty_term");
  });
  p.incompatibleTags.forEach((pair, i) => {
    const ok = Array.isArray(pair) && pair.length === 2 && pair.every((tag) => typeof tag === "string" && tag !== "");
    if (!ok) add(`/incompatibleTags/${i}`, "malformed_pair");
  });
  for (const owner of ["organisation", "resident"] as const) {
    add(`/quotas/${owner}/hoursPerWeek`, quantity(p.quotas[owner].hoursPerWeek, false));
    add(`/quotas/${owner}/activeBookings`, quantity(p.quotas[owner].activeBookings, true));
  }
  add("/fairShare/targetedMaxPercent", shareProblem(p.fairShare.targetedMaxPercent));
  p.primeTime.windows.forEach((w, i) => windowProblems(w, `/primeTime/windows/${i}`).forEach((x) => problems.push(x)));
  p.primeTime.reservedFor.forEach((kind, i) => {
    if (!(BOOKER_KINDS as readonly string[]).includes(kind)) add(`/primeTime/reservedFor/${i}`, "unknown_booker_kind");
  });
  add("/primeTime/releaseDays", quantity(p.primeTime.releaseDays, true));
  add("/primeTime/reservedSharePercent", shareProblem(p.primeTime.reservedSharePercent));
  add("/bump/noticeDays", quantity(p.bump.noticeDays, true));
  return problems;
}

function quantity(value: number, integer: boolean): ParameterProblemCode | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return "not_a_number";
  if (value < 0) return "negative";
  if (integer && !Number.isInteger(value)) return "not_an_integer";
  return null;
}

function shareProblem(value: number): ParameterProblemCode | null {
  if (quantity(value, false) === "not_a_number") return "not_a_number";
  return value < 0 || value > 100 ? "share_out_of_range" : null;
}

function windowProblems(w: WeeklyWindow, pointer: string): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  if (!Number.isInteger(w.weekday) || w.weekday < 1 || w.weekday > 7) problems.push({ pointer: `${pointer}/weekday`, code: "unknown_weekday" });
  const from = typeof w.from === "string" ? parseWallTime(w.from) : null;
  const to = typeof w.to === "string" ? parseWallTime(w.to) : null;
  if (from === null) problems.push({ pointer: `${pointer}/from`, code: "malformed_time" });
  if (to === null) problems.push({ pointer: `${pointer}/to`, code: "malformed_time" });
  if (from !== null && to !== null && to <= from) problems.push({ pointer: `${pointer}/to`, code: "empty_window" });
  return problems;
}
