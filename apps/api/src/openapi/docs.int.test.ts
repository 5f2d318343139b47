import { useApiSuite } from "../testing/api-suite";
import { OPENAPI_DOCUMENT_PATH, REDOC_SCRIPT_PATH } from "./docs.router";

const suite = useApiSuite();

describe("GET /api/docs", () => {
  it("is an HTML page that renders the OpenAPI document", async () => {
    const response = await fetch(suite.app.url("/api/docs"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain(`<redoc spec-url="${OPENAPI_DOCUMENT_PATH}"`);
    expect(html).toContain(`<script src="${REDOC_SCRIPT_PATH}"></script>`);
  });

  it("keeps to the content security policy: scripts only from our origin, none inline", async () => {
    const response = await fetch(suite.app.url("/api/docs"));
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self'(;|$)/);
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual([`<script src="${REDOC_SCRIPT_PATH}">`]);
  });

  it("serves the renderer from our origin, cacheable for good", async () => {
    const response = await fetch(suite.app.url(REDOC_SCRIPT_PATH));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/javascript/);
    expect(response.headers.get("cache-control")).toMatch(/immutable/);
    expect((await response.text()).length).toBeGreaterThan(100_000);
  });

  it("leaves unknown paths under /api/docs to the 404 problem", async () => {
    const response = await fetch(suite.app.url("/api/docs/nope.js"));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ code: "route_not_found" });
  });
});
