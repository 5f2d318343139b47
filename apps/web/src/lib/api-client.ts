import { Problem, PROBLEM_CONTENT_TYPE } from "@sambruk/contracts";
import { ApiError, ApiProblem } from "./api-error";

/** Anything that parses unknown data into T (a zod schema from the contracts). */
export interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
}

export const API_BASE_PATH = "/api/v1";

/** GETs a path under the API and parses the JSON body with the contract; throws ApiProblem or ApiError. */
export async function apiGet<T>(path: string, schema: Schema<T>, signal?: AbortSignal): Promise<T> {
  const url = new URL(`${API_BASE_PATH}${path}`, window.location.origin);
  const response = await send(url, signal);
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

async function send(url: URL, signal: AbortSignal | undefined): Promise<Response> {
  try {
    return await fetch(url, { headers: { Accept: "application/json" }, signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError("network", `No response from ${url.pathname}`, { cause });
  }
}

async function failureOf(response: Response): Promise<Error> {
  const type = response.headers.get("content-type") ?? "";
  if (type.includes(PROBLEM_CONTENT_TYPE) || type.includes("application/json")) {
    const problem = Problem.safeParse(await readJson(response));
    if (problem.success) return new ApiProblem(problem.data);
  }
  return new ApiError("http", `HTTP ${String(response.status)}`, { status: response.status });
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
