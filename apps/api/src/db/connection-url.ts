// PostgreSQL connection URLs: validated once, described without secrets, and re-pointed at another
// database (shadow and test databases live on the same server as the main one).
import { DatabaseUnavailableError } from "./errors";

export interface ServerTarget {
  /** The full URL, password included: pass it to drivers, never to logs. */
  readonly url: string;
  /** The database the URL names (PostgreSQL defaults it to the user name when the path is empty). */
  readonly database: string;
  /** `host:port/database`, safe to log and show. */
  readonly location: string;
}

const EXAMPLE = "postgresql://USER:PASSWORD@HOST:5432/DATABASE";

/** Parses a DATABASE_URL; throws DatabaseUnavailableError (reason invalid_url) with a readable message. */
export function parseServerUrl(raw: string): ServerTarget {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // No cause attached: URL's TypeError carries the input, password included.
    throw invalid("it is not a URL");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw invalid(`it starts with "${url.protocol}//" instead of "postgresql://"`);
  }
  const database = safeDecode(url.pathname.replace(/^\//, "")) || safeDecode(url.username) || "postgres";
  // No host: libpq's default (pg's: localhost), or a socket directory given as ?host=.
  const host = url.hostname || url.searchParams.get("host") || "localhost";
  return { url: url.href, database, location: `${host}:${url.port || "5432"}/${database}` };
}

/** The same server and credentials, another database. */
export function withDatabase(target: ServerTarget, database: string): ServerTarget {
  const url = new URL(target.url);
  url.pathname = `/${encodeURIComponent(database)}`;
  const location = target.location.replace(/\/[^/]*$/, `/${database}`);
  return { url: url.href, database, location };
}

/** Double-quotes an identifier for SQL (database names are generated, but stay safe anyway). */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function invalid(why: string): DatabaseUnavailableError {
  return new DatabaseUnavailableError(
    `DATABASE_URL is malformed: ${why}. Expected the form ${EXAMPLE} (percent-encode special characters in ` +
      "the password), or leave DATABASE_URL unset to use the embedded database in DATA_DIR.",
    { reason: "invalid_url" },
  );
}
