// The built web app beside the API: hashed assets cached for good and compressed, client routes get index.html.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { useApiSuite } from "../testing/api-suite";
import { startTestApp, type TestApp } from "../testing/test-app";

const suite = useApiSuite();
let dist: string;
let app: TestApp;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), "sambruk-spa-"));
  await mkdir(path.join(dist, "assets"));
  await writeFile(path.join(dist, "index.html"), "<!doctype html><title>Sambruk</title>");
  await writeFile(path.join(dist, "assets", "app-abc123.js"), `export const text = ${JSON.stringify("Sambruk ".repeat(2000))};`);
  app = await startTestApp(suite.db, { webDistDir: dist });
});

afterAll(async () => {
  await app.close();
  await rm(dist, { recursive: true, force: true });
});

describe("the web app", () => {
  it("serves hashed assets gzip-compressed and cached for a year", async () => {
    const response = await fetch(app.url("/assets/app-abc123.js"), { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("cache-control")).toMatch(/immutable/);
    expect(await response.text()).toContain("Sambruk Sambruk");
  });

  it("answers a client route with index.html, never cached", async () => {
    const response = await fetch(app.url("/finn-rom?sentre=x"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toContain("<title>Sambruk</title>");
  });

  it("leaves uncompressed whoever does not ask for compression", async () => {
    const response = await fetch(app.url("/assets/app-abc123.js"), { headers: { "accept-encoding": "identity" } });
    expect(response.headers.get("content-encoding")).toBeNull();
  });
});
