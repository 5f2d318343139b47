import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import { createApp, type AppDeps } from "../app";
import type { Database } from "../db/database";
import { createLogger } from "../http/logger";
import { DEFAULT_AUTH_CONFIG } from "../config/auth-config";

export interface TestApp {
  url(path: string): string;
  close(): Promise<void>;
}

/** The real app on an ephemeral port, with silent logs. */
export async function startTestApp(db: Database, overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  const app = createApp({
    db,
    logger: createLogger("silent"),
    version: "test",
    migrations: () => ({ state: "up_to_date", applied: 1, latest: "test" }),
    auth: { ...DEFAULT_AUTH_CONFIG, demoLogin: true, rateLimits: { loginPerMinute: 1000, writesPerMinute: 10_000 } },
    ...overrides,
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
