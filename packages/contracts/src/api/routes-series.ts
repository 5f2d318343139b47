import { z } from "zod";
import { Problem } from "../problem";
import { RefusedProblem } from "../bookings";
import { CancelSeries, CreateSeries, Series, SeriesChangeOutcome, SeriesChangeReport, SeriesInput, SeriesPathParams, SeriesPreview, UpdateSeries } from "../series";
import { jsonResponse, problemResponse, problemResponses, writeProblemResponses, type ApiRoute } from "./route";

const seriesId = { id: "The id of the series." };
const missing = problemResponse("The space or the series does not exist.", ["not_found"]);
const precondition = {
  412: problemResponse("The series has changed since that version; fetch it and try again.", ["precondition_failed"]),
  428: problemResponse("`If-Match` is missing.", ["precondition_required"]),
};

/** 409 series_changed: the dates sent are no longer all bookable; the fresh preview. */
export const SeriesChangedProblem = Problem.extend({ preview: SeriesPreview });
/** 409 series_misfits: the change does not fit some occurrences; nothing was applied. */
export const SeriesMisfitsProblem = Problem.extend({ occurrences: z.array(SeriesChangeOutcome) });

export const seriesRoutes: readonly ApiRoute[] = [
  {
    operationId: "previewSeries",
    method: "post",
    path: "/api/v1/series/preview",
    tag: "Series",
    auth: "user",
    summary: "Preview a recurring booking",
    description:
      "Expands the RRULE from `firstDate` in the centre's wall-clock time and checks every occurrence as a single booking would be checked, counting the series' own earlier occurrences toward quotas: each is `ok` (confirmed or requested) or `skipped` with its reason (closed, holiday, overlap with what it collides with, rule with the findings, priority). Nothing is written.",
    body: SeriesInput,
    responses: {
      200: jsonResponse(SeriesPreview, "Every occurrence with its status."),
      400: problemResponse("The body is not valid, or the RRULE cannot be read or yields too many occurrences.", ["validation_failed", "malformed_json"]),
      ...writeProblemResponses,
      404: missing,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "createSeries",
    method: "post",
    path: "/api/v1/series",
    tag: "Series",
    auth: "user",
    summary: "Book a recurring series",
    description:
      "Books the occurrences the preview found ok (or the `dates` sent, which must all be ok now) in one transaction: every one is booked, or none. Each passes the same rules and the same database guarantee as a single booking; skipped occurrences stay listed on the series with their reason. When an occurrence sent is no longer bookable (someone was faster), 409 `series_changed` with the fresh preview and nothing written. Send an `Idempotency-Key`.",
    headers: [{ name: "Idempotency-Key", required: true }],
    body: CreateSeries,
    responses: {
      201: jsonResponse(Series, "The series, its booked and skipped occurrences.", ["Location", "ETag"]),
      400: problemResponse("The body is not valid, or the RRULE cannot be read or yields too many occurrences.", ["validation_failed", "malformed_json"]),
      ...writeProblemResponses,
      404: missing,
      409: problemResponse("An occurrence sent is no longer bookable: the fresh preview.", ["series_changed"], SeriesChangedProblem),
      422: problemResponse(
        "No occurrence can be booked (`booking_refused`), or the idempotency key was used before with another body.",
        ["booking_refused", "idempotency_key_reused"],
        z.union([RefusedProblem, Problem]),
      ),
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "getSeries",
    method: "get",
    path: "/api/v1/series/{id}",
    tag: "Series",
    auth: "user",
    summary: "Get a series",
    description:
      "The series with every occurrence: booked (with its booking), skipped (with the reason) or cancelled, and any notice of a closure or holiday that came later. For its organisation, the front desk of its centre and admins; others get 404.",
    params: SeriesPathParams,
    parameterDescriptions: seriesId,
    responses: {
      200: jsonResponse(Series, "The series.", ["ETag"]),
      400: problemResponses.invalidId,
      401: problemResponses.unauthenticated,
      404: problemResponses.notFound,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "updateSeries",
    method: "patch",
    path: "/api/v1/series/{id}",
    tag: "Series",
    auth: "user",
    summary: "Change a series",
    description:
      "Changes one occurrence, this and the following, or all (`scope`, with the occurrence's `date`). A change of time or room re-checks each occurrence in scope: `dryRun` reports which fit without writing; otherwise `misfits` decides: `refuse` (409 `series_misfits` with the report, nothing applied), `keep` (they keep their time) or `cancel`. All in one transaction.",
    params: SeriesPathParams,
    parameterDescriptions: seriesId,
    headers: [{ name: "If-Match", required: true }],
    body: UpdateSeries,
    responses: {
      200: jsonResponse(SeriesChangeReport, "The report per occurrence, and the series as it is now.", ["ETag"]),
      400: problemResponse("The id, the body or a header is not valid.", ["invalid_id", "validation_failed", "malformed_json"]),
      ...writeProblemResponses,
      404: missing,
      409: problemResponse("The change does not fit some occurrences; nothing was applied.", ["series_misfits"], SeriesMisfitsProblem),
      ...precondition,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "cancelSeries",
    method: "post",
    path: "/api/v1/series/{id}/cancel",
    tag: "Series",
    auth: "user",
    summary: "Cancel occurrences of a series",
    description: "Cancels one occurrence, this and the following, or all, in one transaction; their time is freed. Past occurrences are never cancelled.",
    params: SeriesPathParams,
    parameterDescriptions: seriesId,
    headers: [{ name: "If-Match", required: true }],
    body: CancelSeries,
    responses: {
      200: jsonResponse(Series, "The series as it is now.", ["ETag"]),
      400: problemResponse("The id, the body or a header is not valid.", ["invalid_id", "validation_failed", "malformed_json"]),
      ...writeProblemResponses,
      404: problemResponses.notFound,
      ...precondition,
      default: problemResponses.unexpected,
    },
  },
];
