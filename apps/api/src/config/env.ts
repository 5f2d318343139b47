// The only reader of process.env in the API. Everything is validated at boot; a bad or missing value stops
// the start with the list of what is wrong.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository root, independent of the working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

const postgresUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" })
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number({ error: "must be a port number from 0 to 65535" }).int().min(0).max(65535).default(3000),
  DATABASE_URL: postgresUrl,
  DATA_DIR: z.string().min(1).default(".data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEB_DIST_DIR: z.string().min(1).default("apps/web/dist"),
  SEED_DEMO_DATA: z.enum(["auto", "never"]).default("auto"),
  APP_VERSION: z.string().min(1).optional(),
  /** Interim: honour the X-Sambruk-User header until sign-in exists. Default: on, except in production. */
  INTERIM_ACTOR_HEADER: z.enum(["on", "off"]).optional(),
});

export type Env = Omit<z.infer<typeof envSchema>, "DATA_DIR" | "WEB_DIST_DIR" | "INTERIM_ACTOR_HEADER"> & {
  /** Whether the interim X-Sambruk-User header is honoured. */
  INTERIM_ACTOR_HEADER: boolean;
  /** Absolute path of the embedded database's directory. */
  DATA_DIR: string;
  /** Absolute path of the built single-page app. */
  WEB_DIST_DIR: string;
};

export class EnvError extends Error {
  readonly code = "invalid_environment";
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

/** Parses the environment; empty strings count as unset. Throws EnvError listing every problem. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`));
  }
  const env = result.data;
  return {
    ...env,
    DATA_DIR: path.resolve(REPO_ROOT, env.DATA_DIR),
    WEB_DIST_DIR: path.resolve(REPO_ROOT, env.WEB_DIST_DIR),
    INTERIM_ACTOR_HEADER: env.INTERIM_ACTOR_HEADER ? env.INTERIM_ACTOR_HEADER === "on" : env.NODE_ENV !== "production",
  };
}
