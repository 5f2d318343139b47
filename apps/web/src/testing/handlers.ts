import {
  Centre,
  CentreList,
  Problem,
  PROBLEM_CONTENT_TYPE,
  problemType,
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
