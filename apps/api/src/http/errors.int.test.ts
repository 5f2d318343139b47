import { Problem } from "@sambruk/contracts";
import { useApiSuite } from "../testing/api-suite";
import { startTestApp } from "../testing/test-app";

const suite = useApiSuite();

async function problemOf(response: Response) {
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const text = await response.text();
  expect(text).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
  return Problem.parse(JSON.parse(text));
}

describe("problem documents", () => {
  it.each(["/api/nope", "/api/v1/nope", "/api/v2/centres", "/api"])("an unknown API path %s is a 404 problem, not HTML", async (path) => {
    const response = await fetch(suite.app.url(path));
    expect(response.status).toBe(404);
    expect((await problemOf(response)).code).toBe("route_not_found");
  });

  it("an unknown method on an API path is a problem too", async () => {
    const response = await fetch(suite.app.url("/api/v1/centres"), { method: "DELETE" });
    expect(response.status).toBe(404);
    expect((await problemOf(response)).code).toBe("route_not_found");
  });

  it("malformed JSON is a 400 problem", async () => {
    const response = await fetch(suite.app.url("/api/v1/centres"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).code).toBe("malformed_json");
  });

  it("a huge body is a 413 problem", async () => {
    const response = await fetch(suite.app.url("/api/v1/centres"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ padding: "x".repeat(200_000) }),
    });
    expect(response.status).toBe(413);
    expect((await problemOf(response)).code).toBe("payload_too_large");
  });

  it("carries the request id, and keeps a safe one from the caller", async () => {
    const response = await fetch(suite.app.url("/api/nope"), { headers: { "x-request-id": "trace-123" } });
    expect(response.headers.get("x-request-id")).toBe("trace-123");
    expect((await problemOf(response)).requestId).toBe("trace-123");
  });

  it("replaces an unsafe request id", async () => {
    const response = await fetch(suite.app.url("/api/nope"), { headers: { "x-request-id": "bad id\twith spaces" } });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("a database that has gone away is a 503 problem without details", async () => {
    const broken = await startTestApp({
      ...suite.db,
      prisma: new Proxy(suite.db.prisma, {
        get: (target, key) =>
          key === "centre" ? { findMany: () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })) } : Reflect.get(target, key),
      }),
    });
    try {
      const response = await fetch(broken.url("/api/v1/centres"));
      expect(response.status).toBe(503);
      const problem = await problemOf(response);
      expect(problem.code).toBe("database_unavailable");
      expect(JSON.stringify(problem)).not.toMatch(/ECONNREFUSED/);
    } finally {
      await broken.close();
    }
  });
});
