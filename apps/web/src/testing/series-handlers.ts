import {
  CancelSeries,
  CreateSeries,
  CSRF_HEADER,
  problemType,
  PROBLEM_CONTENT_TYPE,
  Series,
  SeriesChangedProblem,
  SeriesChangeReport,
  SeriesInput,
  SeriesPreview,
  UpdateSeries,
} from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import type { FakeSession } from "./auth-handlers";
import { apiUrl, problemResponse } from "./handlers";
import { seriesFromPreview } from "./series-factories";

/** One write the fake API received, with its headers. */
export interface SeriesWrite<T> {
  body: T;
  ifMatch: string | null;
  idempotencyKey: string | null;
}

interface SeriesApiOptions {
  /** POST /series/preview. */
  preview?: (input: SeriesInput) => SeriesPreview;
  /** POST /series; default: 201 with the dates sent booked. */
  create?: (request: CreateSeries, call: number) => Response | undefined;
  /** The series GET, PATCH and cancel work on (changed in place). */
  store?: Series[];
  /** PATCH /series/:id; default: every occurrence fits, applied unless a dry run. */
  update?: (series: Series, body: UpdateSeries) => Response | undefined;
  cancel?: (series: Series, body: CancelSeries) => Response | undefined;
}

/** 409 series_changed with the fresh preview. */
export function seriesChangedResponse(preview: SeriesPreview) {
  const body = SeriesChangedProblem.parse({ type: problemType("series_changed"), title: "Changed", status: 409, code: "series_changed", preview });
  return HttpResponse.json(body, { status: 409, headers: { "Content-Type": PROBLEM_CONTENT_TYPE } });
}

/** The series endpoints over `session` with the API's session, CSRF and If-Match checks; bodies parsed by the contracts. */
export function seriesHandlers(session: FakeSession, options: SeriesApiOptions = {}) {
  const previews: SeriesInput[] = [];
  const creates: SeriesWrite<CreateSeries>[] = [];
  const updates: SeriesWrite<UpdateSeries>[] = [];
  const cancels: SeriesWrite<CancelSeries>[] = [];
  const reads: string[] = [];
  const store = options.store ?? [];
  const guard = (request: Request) => {
    if (!session.me) return problemResponse(401, "session_expired");
    if (request.headers.get(CSRF_HEADER) !== session.me.csrfToken) return problemResponse(403, "csrf_token_invalid");
    return null;
  };
  const write = <T,>(request: Request, body: T): SeriesWrite<T> => ({
    body,
    ifMatch: request.headers.get("If-Match"),
    idempotencyKey: request.headers.get("Idempotency-Key"),
  });
  const stored = (id: unknown) => store.findIndex((series) => series.id === id);
  const saved = (index: number, series: Series) => {
    store[index] = series;
    return series;
  };

  const handlers = [
    http.post(apiUrl("/series/preview"), async ({ request }) => {
      const input = SeriesInput.parse(await request.json());
      previews.push(input);
      return guard(request) ?? HttpResponse.json(SeriesPreview.parse(options.preview?.(input)));
    }),
    http.post(apiUrl("/series"), async ({ request }) => {
      const body = CreateSeries.parse(await request.json());
      creates.push(write(request, body));
      const failure = guard(request) ?? options.create?.(body, creates.length - 1);
      if (failure) return failure;
      const { dates = [], ...input } = body;
      const series = seriesFromPreview(input, SeriesPreview.parse(options.preview?.(input)), dates);
      return HttpResponse.json(Series.parse(series), { status: 201 });
    }),
    http.get(apiUrl("/series/:id"), ({ params }) => {
      reads.push(String(params.id));
      const series = store[stored(params.id)];
      return series ? HttpResponse.json(Series.parse(series)) : problemResponse(404, "not_found");
    }),
    http.patch(apiUrl("/series/:id"), async ({ request, params }) => {
      const body = UpdateSeries.parse(await request.json());
      updates.push(write(request, body));
      const index = stored(params.id);
      const series = store[index];
      if (!series) return problemResponse(404, "not_found");
      const failure = guard(request) ?? options.update?.(series, body);
      if (failure) return failure;
      if (request.headers.get("If-Match") !== `"${String(series.version)}"`) return problemResponse(412, "precondition_failed");
      const occurrences = series.occurrences.map(({ date, start, end }) => ({ date, start, end, outcome: "fits" as const, findings: [], collidesWith: [] }));
      const next = body.dryRun ? series : saved(index, { ...series, ...body.changes, version: series.version + 1 } as Series);
      return HttpResponse.json(SeriesChangeReport.parse({ applied: !body.dryRun, occurrences, series: next }));
    }),
    http.post(apiUrl("/series/:id/cancel"), async ({ request, params }) => {
      const body = CancelSeries.parse(await request.json());
      cancels.push(write(request, body));
      const index = stored(params.id);
      const series = store[index];
      if (!series) return problemResponse(404, "not_found");
      const failure = guard(request) ?? options.cancel?.(series, body);
      if (failure) return failure;
      if (request.headers.get("If-Match") !== `"${String(series.version)}"`) return problemResponse(412, "precondition_failed");
      const hit = (date: string) => body.scope === "all" || date === body.date || (body.scope === "following" && date > (body.date ?? ""));
      const occurrences = series.occurrences.map((occurrence) =>
        hit(occurrence.date) && occurrence.state === "booked" && occurrence.booking
          ? { ...occurrence, state: "cancelled" as const, booking: { ...occurrence.booking, status: "cancelled" as const } }
          : occurrence,
      );
      return HttpResponse.json(Series.parse(saved(index, { ...series, occurrences, version: series.version + 1 })));
    }),
  ];
  return { handlers, previews, creates, updates, cancels, reads };
}
