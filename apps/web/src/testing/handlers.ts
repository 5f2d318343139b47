import {
  Alternative,
  Centre,
  CentreList,
  ConflictProblem,
  Finding,
  Problem,
  PROBLEM_CONTENT_TYPE,
  problemType,
  RefusedProblem,
  SpaceList,
  type ErrorCode,
} from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import { sevenCentres } from "./factories";

export const apiUrl = (path: string) => `*/api/v1${path}`;

/** A problem+json response; the body is parsed with the contract, so it cannot drift from the API's. */
export function problemResponse(status: number, code: ErrorCode, title: string = code) {
  const body = Problem.parse({ type: problemType(code), title, status, code, requestId: "test-request" });
  return HttpResponse.json(body, { status, headers: { "Content-Type": PROBLEM_CONTENT_TYPE } });
}

/** 409 booking_conflict with the given alternatives, parsed with the contract. */
export function conflictResponse(alternatives: Alternative[]) {
  const body = ConflictProblem.parse({
    type: problemType("booking_conflict"),
    title: "The time is taken",
    status: 409,
    code: "booking_conflict",
    conflicts: [],
    alternatives: alternatives.map((alternative) => Alternative.parse(alternative)),
  });
  return HttpResponse.json(body, { status: 409, headers: { "Content-Type": PROBLEM_CONTENT_TYPE } });
}

/** 422 booking_refused with the given findings, parsed with the contract. */
export function refusedResponse(findings: Finding[]) {
  const body = RefusedProblem.parse({
    type: problemType("booking_refused"),
    title: "A rule refuses the booking",
    status: 422,
    code: "booking_refused",
    findings: findings.map((finding) => Finding.parse(finding)),
  });
  return HttpResponse.json(body, { status: 422, headers: { "Content-Type": PROBLEM_CONTENT_TYPE } });
}

/** GET /centres and GET /centres/:id over the given centres, as the API answers them. */
export function centresHandlers(centres: Centre[] = sevenCentres()) {
  return [
    http.get(apiUrl("/centres"), () => HttpResponse.json(CentreList.parse(centres))),
    http.get(apiUrl("/centres/:id"), ({ params }) => {
      const found = centres.find((centre) => centre.id === params.id);
      return found ? HttpResponse.json(Centre.parse(found)) : problemResponse(404, "not_found", "Centre not found");
    }),
  ];
}

/** GET /spaces answering no spaces: the default, for screens that only look up names (My bookings). */
export function noSpacesHandlers() {
  return [http.get(apiUrl("/spaces"), () => HttpResponse.json(SpaceList.parse([])))];
}
