import { createRequire } from "node:module";
import { Router } from "express";

const require = createRequire(import.meta.url);
const redocVersion = (require("redoc/package.json") as { version: string }).version;
const redocBundle = require.resolve("redoc/bundles/redoc.standalone.js");

/** The bundle's URL names its version, so browsers may keep it for good. */
export const REDOC_SCRIPT_PATH = `/api/docs/redoc-${redocVersion}.js`;
export const OPENAPI_DOCUMENT_PATH = "/api/v1/openapi.json";

// Redoc's standalone bundle renders the document in the browser. It starts itself on the <redoc>
// element, so the page has no inline script and keeps to the CSP (script-src 'self'). Search is off:
// Redoc runs it in a worker from a blob: URL, which the CSP rightly refuses.
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sambruk API reference</title>
<style>body { margin: 0; }</style>
</head>
<body>
<noscript><p>This reference needs JavaScript. The API description itself is at <a href="${OPENAPI_DOCUMENT_PATH}">${OPENAPI_DOCUMENT_PATH}</a>.</p></noscript>
<redoc spec-url="${OPENAPI_DOCUMENT_PATH}" disable-search="true" hide-hostname="true" required-props-first="true" path-in-middle-panel="true" expand-responses="200,201,202"></redoc>
<script src="${REDOC_SCRIPT_PATH}"></script>
</body>
</html>
`;

/** GET /api/docs: a readable reference of every endpoint, rendered from /api/v1/openapi.json. */
export function docsRouter(): Router {
  const router = Router();
  router.get("/", (_req, res) => {
    res.type("html").set("Cache-Control", "no-cache").send(page);
  });
  router.get(REDOC_SCRIPT_PATH.slice("/api/docs".length), (_req, res, next) => {
    // The path is ours, not the client's; it runs through pnpm's .pnpm folder, which send would hide.
    res.sendFile(redocBundle, { maxAge: "365d", immutable: true, dotfiles: "allow" }, (error) => error && next(error));
  });
  return router;
}
