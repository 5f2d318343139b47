// How people sign in and how long they stay signed in: built from the environment by env.ts.

/** One OpenID Connect provider: ID-porten for residents and volunteers, the municipality's for staff. */
export interface OidcProviderConfig {
  /** Stable id, used in URLs and stored with each identity ("idporten", "staff"). */
  id: string;
  name: string;
  audience: "public" | "staff";
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  scopes: string;
}

export interface AuthConfig {
  /** Sign in as a seeded demo user, without a provider (the embedded demo and tests only). */
  demoLogin: boolean;
  /** The site's own address, for the providers' redirect URIs; https makes the cookie Secure. */
  publicUrl: string;
  idleMinutes: number;
  absoluteHours: number;
  providers: OidcProviderConfig[];
  rateLimits: {
    /** Sign-in attempts per client address per minute. */
    loginPerMinute: number;
    /** Booking writes per user per minute. */
    writesPerMinute: number;
  };
  /** Drop-in appointments: how many a client address may take per minute, and how long after its end a resident's name and phone are kept. */
  appointments: { perMinute: number; retentionHours: number };
  /** The waitlist: how many minutes the first in line has to accept freed time before the next is asked. */
  waitlist: { offerMinutes: number };
}

export const DEFAULT_AUTH_CONFIG: AuthConfig = {
  demoLogin: false,
  publicUrl: "http://localhost:3000",
  idleMinutes: 60,
  absoluteHours: 12,
  providers: [],
  rateLimits: { loginPerMinute: 10, writesPerMinute: 60 },
  appointments: { perMinute: 10, retentionHours: 72 },
  waitlist: { offerMinutes: 120 },
};

export function securesCookies(config: Pick<AuthConfig, "publicUrl">): boolean {
  return config.publicUrl.startsWith("https://");
}
