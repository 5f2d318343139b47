import { DEFAULT_AUTH_CONFIG } from "../config/auth-config";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { apiRoutes, Problem, type ApiRoute } from "@sambruk/contracts";
import { createApp } from "../app";
import { createLogger } from "../http/logger";
import { useApiSuite } from "../testing/api-suite";
import { describeProblems, redoclyLint } from "../testing/redocly";
import { buildOpenApiDocument } from "./document";
import { servedRoutes } from "./served-routes";

const suite = useApiSuite();
let tempDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), "sambruk-openapi-"));
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

const key = (route: { method: string; path: string }) => `${route.method.toUpperCase()} ${route.path}`;

describe("GET /api/v1/openapi.json", () => {
  it("serves the OpenAPI 3.1 document, built once", async () => {
    const first = await fetch(suite.app.url("/api/v1/openapi.json"));
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    const text = await first.text();
    expect(JSON.parse(text)).toMatchObject({ openapi: "3.1.0", info: { title: "Sambruk API", version: "test" } });
    expect(await (await fetch(suite.app.url("/api/v1/openapi.json"))).text()).toBe(text);
  });

  it("passes Redocly's lint with no error and no warning", async () => {
    const file = path.join(tempDir, "openapi.json");
    await writeFile(file, await (await fetch(suite.app.url("/api/v1/openapi.json"))).text());
    const report = await redoclyLint(file);
    expect(describeProblems(report)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it("is a lint that can fail: an operation without a description is an error", async () => {
    const document = buildOpenApiDocument("test");
    const health = document.paths["/api/v1/health"]?.["get"];
    if (!health) throw new Error("GET /api/v1/health is not in the document");
    const { description: _removed, ...withoutDescription } = health;
    const file = path.join(tempDir, "broken.json");
    await writeFile(file, JSON.stringify({ ...document, paths: { ...document.paths, "/api/v1/health": { get: withoutDescription } } }));
    const report = await redoclyLint(file);
    expect(report.problems.map((problem) => problem.ruleId)).toContain("operation-description");
    expect(report.totals.errors).toBeGreaterThan(0);
  });
});

describe("the route registry and the app", () => {
  /** The API's routes as the Express app has them (the docs page is not part of the API). */
  const served = () => {
    const migrations = () => ({ state: "up_to_date", applied: 1, latest: "test" }) as const;
    const express = createApp({ db: suite.db, logger: createLogger("silent"), version: "test", migrations, auth: DEFAULT_AUTH_CONFIG });
    return servedRoutes(express).filter((route) => route.path.startsWith("/api/v1/"));
  };

  it("documents every route the app serves", () => {
    const documented = new Set(apiRoutes.map(key));
    expect(served().map(key).filter((route) => !documented.has(route))).toEqual([]);
  });

  it("serves every route it documents", () => {
    const routes = new Set(served().map(key));
    expect(apiRoutes.map(key).filter((route) => !routes.has(route))).toEqual([]);
  });

  it.each(apiRoutes.map((route) => [key(route), route] as const))("%s answers a bare request with a documented status and code", async (_name, route) => {
    const response = await fetch(suite.app.url(route.path.replace(/\{\w+\}/g, () => randomUUID())), {
      method: route.method.toUpperCase(),
      ...(route.body ? { headers: { "content-type": "application/json" }, body: "{}" } : {}),
    });
    const body: unknown = await response.json();
    const isProblem = (response.headers.get("content-type") ?? "").startsWith("application/problem+json");
    const code = isProblem ? Problem.parse(body).code : undefined;
    expect(documentedOutcomes(route)).toContain(outcome(response.status, code));
    const documented = route.responses[response.status];
    if (!isProblem && documented) expect(documented.schema.safeParse(body).error).toBeUndefined();
  });
});

/** "200", "404 not_found", or "5xx internal_error" for the default response. */
function outcome(status: number, code: string | undefined): string {
  const bucket = status >= 500 ? "5xx" : String(status);
  return code ? `${bucket} ${code}` : bucket;
}

function documentedOutcomes(route: ApiRoute): string[] {
  return Object.entries(route.responses).flatMap(([status, response]) => {
    const bucket = status === "default" ? "5xx" : status;
    return response?.codes ? response.codes.map((code) => `${bucket} ${code}`) : [bucket];
  });
}
