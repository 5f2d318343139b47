import type { ErrorCode, Problem } from "@sambruk/contracts";

/** The API answered with an RFC 9457 problem document that matches the contract. */
export class ApiProblem extends Error {
  override readonly name = "ApiProblem";
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(`${String(problem.status)} ${problem.code}: ${problem.title}`);
    this.problem = problem;
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
