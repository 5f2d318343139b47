import type { ErrorCode, Problem } from "@sambruk/contracts";

export interface ApiProblemDetails {
  /** The problem document as it came, with the members of its kind (a 409's alternatives, a 422's findings). */
  body?: unknown;
  /** From the Retry-After header, in whole seconds; null when there is none or it is not a number of seconds. */
  retryAfterSeconds?: number | null;
}

/**
 * The API answered with an RFC 9457 problem document that matches the contract. `problem` holds its base members;
 * read the members of a particular kind from `body`, e.g. `ConflictProblem.safeParse(error.body)`.
 */
export class ApiProblem extends Error {
  override readonly name = "ApiProblem";
  readonly problem: Problem;
  readonly body: unknown;
  readonly retryAfterSeconds: number | null;

  constructor(problem: Problem, { body = problem, retryAfterSeconds = null }: ApiProblemDetails = {}) {
    super(`${String(problem.status)} ${problem.code}: ${problem.title}`);
    this.problem = problem;
    this.body = body;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): ErrorCode {
    return this.problem.code;
  }
}

/**
 * The request failed without a usable problem document:
 * `network` (no answer), `http` (an error status without a problem body),
 * `contract` (a body that does not match the contract).
 */
export type ApiErrorKind = "network" | "http" | "contract";

export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;

  constructor(kind: ApiErrorKind, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
  }
}

/** Whether trying the same request again could succeed. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ApiProblem) return error.status >= 500;
  if (error instanceof ApiError) return error.kind === "network" || (error.status ?? 0) >= 500;
  return false;
}
