// Where the Chromium for end-to-end tests is: CHROMIUM_PATH, else the system package's binary.
import { existsSync } from "node:fs";

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}
