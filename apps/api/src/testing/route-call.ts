// One raw HTTP call to the test app, for suites that walk the route registry: the status and the body as text,
// so a test can look into the exact bytes the API sent.
import type { TestApp } from "./test-app";

export interface RouteRequest {
  /** The path with its parameters filled in, and the query string if any. */
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface RawReply {
  status: number;
  text: string;
}

export async function callRoute(app: TestApp, method: string, request: RouteRequest): Promise<RawReply> {
  const { body } = request;
  const response = await fetch(app.url(request.path), {
    method: method.toUpperCase(),
    redirect: "manual",
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...request.headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, text: await response.text() };
}

/** "/api/v1/bookings/{id}" with { id } → "/api/v1/bookings/<id>", plus the query, if any. */
export function routePath(template: string, params: Record<string, string> = {}, query: Record<string, string> = {}): string {
  const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for the path parameter ${name} of ${template}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}
