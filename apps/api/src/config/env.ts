// The only reader of process.env in the API. Everything is validated at boot; a bad or missing value stops
// the start with the list of what is wrong.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DEFAULT_AUTH_CONFIG, type AuthConfig, type OidcProviderConfig } from "./auth-config";
import { DEFAULT_MAIL_CONFIG, type MailConfig } from "./mail-config";

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
  /** Sign in as a demo user. Default: on with the embedded database, off with a server; refused in production. */
  DEMO_LOGIN: z.enum(["true", "false"]).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(DEFAULT_AUTH_CONFIG.idleMinutes),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(DEFAULT_AUTH_CONFIG.absoluteHours),
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULT_AUTH_CONFIG.rateLimits.loginPerMinute),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULT_AUTH_CONFIG.rateLimits.writesPerMinute),
  RATE_LIMIT_APPOINTMENTS_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULT_AUTH_CONFIG.appointments.perMinute),
  APPOINTMENT_RETENTION_HOURS: z.coerce.number().int().min(0).max(24 * 90).default(DEFAULT_AUTH_CONFIG.appointments.retentionHours),
  WAITLIST_OFFER_MINUTES: z.coerce.number().int().min(1).max(24 * 60 * 7).default(DEFAULT_AUTH_CONFIG.waitlist.offerMinutes),
  /** E-mail: the outbox worker sends through this SMTP server; unset, messages wait in the outbox. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().min(3).default(DEFAULT_MAIL_CONFIG.from),
  OUTBOX_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(DEFAULT_MAIL_CONFIG.intervalSeconds),
  ...providerVariables("IDPORTEN"),
  ...providerVariables("STAFF"),
});

/** OIDC_<NAME>_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _SCOPES: a provider is on when its issuer is set. */
function providerVariables<Name extends string>(name: Name) {
  return {
    [`OIDC_${name}_ISSUER`]: z.url({ protocol: /^https?$/ }).optional(),
    [`OIDC_${name}_CLIENT_ID`]: z.string().min(1).optional(),
    [`OIDC_${name}_CLIENT_SECRET`]: z.string().min(1).optional(),
    [`OIDC_${name}_SCOPES`]: z.string().min(1).optional(),
  } as Record<`OIDC_${Name}_${"ISSUER" | "CLIENT_ID" | "CLIENT_SECRET" | "SCOPES"}`, z.ZodOptional<z.ZodString>>;
}

const PROVIDERS = [
  { env: "IDPORTEN", id: "idporten", name: "ID-porten", audience: "public", scopes: "openid profile" },
  { env: "STAFF", id: "staff", name: "Asker kommune", audience: "staff", scopes: "openid profile email" },
] as const;

type Parsed = z.infer<typeof envSchema>;

function oidcProviders(env: Record<string, string | undefined>, problems: string[]): OidcProviderConfig[] {
  const providers: OidcProviderConfig[] = [];
  for (const provider of PROVIDERS) {
    const issuer = env[`OIDC_${provider.env}_ISSUER`];
    if (!issuer) continue;
    const clientId = env[`OIDC_${provider.env}_CLIENT_ID`];
    if (!clientId) {
      problems.push(`OIDC_${provider.env}_CLIENT_ID: required when OIDC_${provider.env}_ISSUER is set`);
      continue;
    }
    providers.push({
      id: provider.id,
      name: provider.name,
      audience: provider.audience,
      issuer,
      clientId,
      clientSecret: env[`OIDC_${provider.env}_CLIENT_SECRET`] ?? null,
      scopes: env[`OIDC_${provider.env}_SCOPES`] ?? provider.scopes,
    });
  }
  return providers;
}

function authConfig(env: Parsed, raw: Record<string, string | undefined>, problems: string[]): AuthConfig {
  const demoLogin = env.DEMO_LOGIN ? env.DEMO_LOGIN === "true" : env.DATABASE_URL === undefined && env.NODE_ENV !== "production";
  if (demoLogin && env.NODE_ENV === "production") {
    problems.push("DEMO_LOGIN: demo login lets anyone act as any demo user; it cannot be on with NODE_ENV=production");
  }
  return {
    demoLogin,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    idleMinutes: env.SESSION_IDLE_MINUTES,
    absoluteHours: env.SESSION_ABSOLUTE_HOURS,
    providers: oidcProviders(raw, problems),
    rateLimits: { loginPerMinute: env.RATE_LIMIT_LOGIN_PER_MINUTE, writesPerMinute: env.RATE_LIMIT_WRITES_PER_MINUTE },
    appointments: { perMinute: env.RATE_LIMIT_APPOINTMENTS_PER_MINUTE, retentionHours: env.APPOINTMENT_RETENTION_HOURS },
    waitlist: { offerMinutes: env.WAITLIST_OFFER_MINUTES },
  };
}

export type Env = Omit<Parsed, "DATA_DIR" | "WEB_DIST_DIR"> & {
  /** Sign-in: demo login, OIDC providers, session lifetimes, rate limits. */
  AUTH: AuthConfig;
  /** E-mail: the SMTP server (null: none), the sender, how often the outbox worker looks. */
  MAIL: MailConfig;
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
  const problems: string[] = [];
  const auth = authConfig(env, present, problems);
  if (problems.length > 0) throw new EnvError(problems);
  return {
    ...env,
    DATA_DIR: path.resolve(REPO_ROOT, env.DATA_DIR),
    WEB_DIST_DIR: path.resolve(REPO_ROOT, env.WEB_DIST_DIR),
    AUTH: auth,
    MAIL: { smtpUrl: env.SMTP_URL ?? null, from: env.MAIL_FROM, intervalSeconds: env.OUTBOX_INTERVAL_SECONDS, publicUrl: auth.publicUrl },
  };
}
