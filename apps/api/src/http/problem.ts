import type { ErrorCode, ProblemFieldError } from "@sambruk/contracts";
import type { z } from "zod";

/** An error that becomes an RFC 9457 problem document. Throw it anywhere in a request. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: ProblemFieldError[],
    /** Extension members of the problem type (RFC 9457 §3.2), e.g. the conflicts of a 409. */
    readonly extensions?: Readonly<Record<string, unknown>>,
  ) {
    super(detail ?? title);
    this.name = "HttpProblem";
  }
}

export type RequestPart = "body" | "query" | "params" | "headers";

/** Validates one part of a request with its contract; a mismatch is a 400 naming every field. */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, part: RequestPart): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    pointer: `/${part}${issue.path.map((segment) => `/${escapePointer(String(segment))}`).join("")}`,
    code: issue.code,
    detail: issue.message,
  }));
  const onlyBadId = part === "params" && errors.every((error) => error.pointer === "/params/id");
  return onlyBadId
    ? fail(new HttpProblem(400, "invalid_id", "Invalid id", "The id in the path is not a valid identifier.", errors))
    : fail(new HttpProblem(400, "validation_failed", "Invalid request", `The request ${part} is not valid.`, errors));
}

export function notFound(detail: string): HttpProblem {
  return new HttpProblem(404, "not_found", "Not found", detail);
}

function fail(problem: HttpProblem): never {
  throw problem;
}

function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}
