import { Router, type RequestHandler, type Response } from "express";
import {
  CancelSeries,
  CreateSeries,
  IdempotencyKeyHeader,
  Series,
  SeriesChangeReport,
  SeriesInput,
  SeriesPathParams,
  SeriesPreview,
  UpdateSeries,
} from "@sambruk/contracts";
import { requestIdOf, type ActorResolver } from "../../http/actor";
import { etagOf, requireIfMatchVersion, requireJsonBody } from "../../http/preconditions";
import { parseRequest } from "../../http/problem";
import { cancelSeries } from "./cancel-series";
import { createSeries } from "./create-series";
import { getSeries } from "./get-series";
import { previewSeries } from "./preview-series";
import type { SeriesDeps } from "./series.deps";
import { seriesDtoOf } from "./series.mapper";
import type { SeriesRecord } from "./series.repository";
import { updateSeries } from "./update-series";

/** `writeLimit` counts each write of a user (429 beyond the limit); a preview writes nothing. */
export function seriesRouter(deps: SeriesDeps, actors: ActorResolver, writeLimit: RequestHandler): Router {
  const router = Router();

  router.post("/preview", async (req, res) => {
    const actor = await actors.require(req);
    requireJsonBody(req);
    const input = parseRequest(SeriesInput, req.body, "body");
    res.json(SeriesPreview.parse(await previewSeries(deps, actor, input)));
  });

  router.post("/", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    requireJsonBody(req);
    const { "idempotency-key": idempotencyKey } = parseRequest(IdempotencyKeyHeader, req.headers, "headers");
    const input = parseRequest(CreateSeries, req.body, "body");
    const series = await createSeries(deps, { actor, input, idempotencyKey, requestId: requestIdOf(req) });
    sendSeries(res.status(201).location(`${req.baseUrl}/${series.id}`), series);
  });

  router.get("/:id", async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(SeriesPathParams, req.params, "params");
    sendSeries(res, await getSeries(deps, actor, id));
  });

  router.patch("/:id", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(SeriesPathParams, req.params, "params");
    requireJsonBody(req);
    const version = requireIfMatchVersion(req);
    const patch = parseRequest(UpdateSeries, req.body, "body");
    const result = await updateSeries(deps, { actor, id, version, patch, requestId: requestIdOf(req) });
    res
      .set("ETag", etagOf(result.series.version))
      .json(SeriesChangeReport.parse({ applied: result.applied, occurrences: result.occurrences, series: seriesDtoOf(result.series) }));
  });

  router.post("/:id/cancel", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(SeriesPathParams, req.params, "params");
    requireJsonBody(req);
    const version = requireIfMatchVersion(req);
    const body = parseRequest(CancelSeries, req.body, "body");
    sendSeries(res, await cancelSeries(deps, { actor, id, version, body, requestId: requestIdOf(req) }));
  });

  return router;
}

function sendSeries(res: Response, series: SeriesRecord): void {
  res.set("ETag", etagOf(series.version)).json(Series.parse(seriesDtoOf(series)));
}
