import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../config/env";

/** The version in the root package.json. */
export function appVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version?: string };
  return manifest.version ?? "0.0.0";
}
