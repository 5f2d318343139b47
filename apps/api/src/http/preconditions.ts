// Request preconditions shared by write endpoints: a JSON body, and If-Match with a version.
import type { Request } from "express";
import { IfMatchHeader } from "@sambruk/contracts";
import { HttpProblem, parseRequest } from "./problem";

/** 415 unless the request says its body is JSON. */
export function requireJsonBody(req: Request): void {
  if (!req.is("application/json")) {
    throw new HttpProblem(415, "unsupported_media_type", "Unsupported media type", "Send the body as application/json.");
  }
}

/** The version in `If-Match: "<version>"`: 428 when the header is missing, 400 when it is malformed. */
export function requireIfMatchVersion(req: Request): number {
  const version = optionalIfMatchVersion(req);
  if (version === undefined) {
    throw new HttpProblem(
      428,
      "precondition_required",
      "Precondition required",
      'Send If-Match with the ETag of the version you are changing, e.g. If-Match: "3".',
    );
  }
  return version;
}

/** The version in If-Match when the header is present (400 when malformed), else undefined. */
export function optionalIfMatchVersion(req: Request): number | undefined {
  if (req.headers["if-match"] === undefined) return undefined;
  const header = parseRequest(IfMatchHeader, req.headers, "headers")["if-match"];
  return Number(header.slice(1, -1));
}

export function staleVersion(current?: number): HttpProblem {
  const now = current === undefined ? "" : ` (it is now at version ${current})`;
  return new HttpProblem(
    412,
    "precondition_failed",
    "Precondition failed",
    `The booking has changed since you read it${now}. Fetch it again and retry.`,
  );
}

/** The strong ETag of a versioned resource. */
export const etagOf = (version: number): string => `"${version}"`;
