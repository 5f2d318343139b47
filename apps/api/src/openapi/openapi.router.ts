import { Router } from "express";
import { buildOpenApiDocument } from "./document";

/** GET /api/v1/openapi.json: the OpenAPI document, built on the first request and kept in memory. */
export function openApiRouter(version: string): Router {
  const router = Router();
  let document: string | undefined;
  router.get("/", (_req, res) => {
    document ??= JSON.stringify(buildOpenApiDocument(version));
    res.type("application/json").set("Cache-Control", "no-cache").send(document);
  });
  return router;
}
