import { CSRF_HEADER, Problem, PROBLEM_CONTENT_TYPE } from "@sambruk/contracts";
import { ApiError, ApiProblem } from "./api-error";
import { csrfToken } from "./csrf-token";

/** Anything that parses unknown data into T (a zod schema from the contracts). */
export interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
}

export const API_BASE_PATH = "/api/v1";

export type WriteMethod = "POST" | "PUT" | "PATCH" | "DELETE";

export interface SendOptions {
  /** Send the session's CSRF token (default). Only a request made before there is a session leaves it out. */
  csrf?: boolean;
  /** More request headers (Idempotency-Key, If-Match, …); they cannot replace Accept, Content-Type or the token. */
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
}

/** GETs a path under the API and parses the JSON body with the contract; throws ApiProblem or ApiError. */
export async function apiGet<T>(path: string, schema: Schema<T>, signal?: AbortSignal): Promise<T> {
  const url = apiUrl(path);
  const response = await send(url, { headers: { Accept: "application/json" }, signal });
  return parseResponse(url, response, schema);
}

/**
 * Sends a state-changing request with a JSON body (none when `body` is undefined), the CSRF token and any
 * extra headers, and parses the JSON answer with the contract; throws ApiProblem (with the whole problem
 * document and the Retry-After) or ApiError like apiGet.
 */
export async function apiSend<T>(
  method: WriteMethod,
  path: string,
  body: unknown,
  schema: Schema<T>,
  { csrf = true, headers: extra = {}, signal }: SendOptions = {},
): Promise<T> {
  const url = apiUrl(path);
  const headers: Record<string, string> = { ...extra, Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const token = csrf ? csrfToken() : null;
  if (token !== null) headers[CSRF_HEADER] = token;

  const init: RequestInit = { method, headers, signal };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await send(url, init);
  return parseResponse(url, response, schema);
}

function apiUrl(path: string): URL {
  return new URL(`${API_BASE_PATH}${path}`, window.location.origin);
}

async function parseResponse<T>(url: URL, response: Response, schema: Schema<T>): Promise<T> {
  if (!response.ok) throw await failureOf(response);
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ApiError("contract", `Response from ${url.pathname} does not match the contract`, {
      status: response.status,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

async function send(url: URL, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new ApiError("network", `No response from ${url.pathname}`, { cause });
  }
}

async function failureOf(response: Response): Promise<Error> {
  const type = response.headers.get("content-type") ?? "";
  if (type.includes(PROBLEM_CONTENT_TYPE) || type.includes("application/json")) {
    const body = await readJson(response);
    const problem = Problem.safeParse(body);
    if (problem.success) return new ApiProblem(problem.data, { body, retryAfterSeconds: retryAfterOf(response) });
  }
  return new ApiError("http", `HTTP ${String(response.status)}`, { status: response.status });
}

/** Retry-After as a number of seconds (rounded up); null when absent, zero or not a number. */
function retryAfterOf(response: Response): number | null {
  const seconds = Number(response.headers.get("Retry-After"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
