import { existsSync } from "node:fs";
import path from "node:path";
import express, { Router } from "express";

/**
 * Serves the built single-page app and answers every other GET with its index.html, so client routes
 * work on reload. /api never reaches this router (it ends in a 404 problem first).
 */
export function spaRouter(distDir: string): Router {
  const router = Router();
  const index = path.join(distDir, "index.html");
  router.use("/assets", express.static(path.join(distDir, "assets"), { immutable: true, maxAge: "1y", fallthrough: false }));
  router.use(express.static(distDir, { index: false }));
  router.get(/.*/, (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type("text/plain").send("The web app is not built. Run `pnpm start`, which builds it.");
      return;
    }
    res.set("Cache-Control", "no-cache").sendFile(index);
  });
  return router;
}
