import type { ErrorRequestHandler, RequestHandler } from "express";
import { PROBLEM_CONTENT_TYPE, problemType, type Problem } from "@sambruk/contracts";
import { HttpProblem } from "./problem";
import { TooManyRequests } from "./rate-limit";
import { isDatabaseUnavailable } from "../db/errors";

/** Body-parser and similar errors carry a `type` and a `status`; map the ones a client can cause. */
function fromTransportError(error: unknown): HttpProblem | null {
  if (typeof error !== "object" || error === null || !("type" in error)) return null;
  switch (error.type) {
    case "entity.parse.failed":
      return new HttpProblem(400, "malformed_json", "Malformed JSON", "The request body is not valid JSON.");
    case "entity.too.large":
      return new HttpProblem(413, "payload_too_large", "Payload too large", "The request body is too large.");
    case "charset.unsupported":
    case "encoding.unsupported":
      return new HttpProblem(415, "unsupported_media_type", "Unsupported media type", "Unsupported body encoding.");
    default:
      return null;
  }
}

function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const transport = fromTransportError(error);
  if (transport) return transport;
  if (isDatabaseUnavailable(error)) {
    return new HttpProblem(503, "database_unavailable", "Service unavailable", "The database cannot be reached. Try again shortly.");
  }
  return new HttpProblem(500, "internal_error", "Internal error", "Something went wrong on our side. The error has been logged.");
}

/** The one error middleware: every error becomes application/problem+json, never a stack trace. */
export const problemHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) return next(error);
  const problem = toProblem(error);
  if (problem.status >= 500) req.log.error({ err: error }, "request failed");
  const body: Problem & Record<string, unknown> = {
    ...problem.extensions,
    type: problemType(problem.code),
    title: problem.title,
    status: problem.status,
    code: problem.code,
    instance: req.originalUrl,
    requestId: String(req.id),
    ...(problem.detail === undefined ? {} : { detail: problem.detail }),
    ...(problem.errors === undefined ? {} : { errors: problem.errors }),
  };
  if (problem instanceof TooManyRequests) res.setHeader("Retry-After", String(problem.retryAfterSeconds));
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).json(body);
};

/** Unknown API routes are a 404 problem, never the SPA's HTML. */
export const apiRouteNotFound: RequestHandler = (req) => {
  throw new HttpProblem(404, "route_not_found", "Route not found", `No API route for ${req.method} ${req.path}.`);
};
