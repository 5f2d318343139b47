import { z } from "zod";
import { Id, Instant } from "./common";

/** What a signed-in user may be; one user may hold several. The public has no session at all. */
export const Role = z.enum(["resident", "volunteer", "coordinator", "staff", "front_desk", "admin"]);
export type Role = z.infer<typeof Role>;

export const OrganisationKind = z.enum(["service_unit", "volunteer_group", "resident", "partner"]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const MembershipRole = z.enum(["member", "coordinator"]);
export type MembershipRole = z.infer<typeof MembershipRole>;

/** An organisation the user belongs to, and whether they may book for it. */
export const Membership = z.object({
  organisationId: Id,
  organisationName: z.string(),
  organisationKind: OrganisationKind,
  role: MembershipRole,
  mayBook: z.boolean(),
  /** Informal groups are verified by the front desk; until then their bookings go to review. */
  verified: z.boolean(),
});
export type Membership = z.infer<typeof Membership>;

export const CentreRef = z.object({ id: Id, name: z.string() });

/** GET /auth/me: the signed-in user, what they are, whom they act for, and the token for writes. */
export const Me = z.object({
  user: z.object({ id: Id, displayName: z.string(), email: z.string().nullable() }),
  roles: z.array(Role),
  memberships: z.array(Membership),
  frontDeskCentres: z.array(CentreRef),
  /** The organisation the user acts for; the default organisation of new bookings. */
  actingFor: z.object({ organisationId: Id, organisationName: z.string(), organisationKind: OrganisationKind }).nullable(),
  /** Send it back in the X-CSRF-Token header on every state-changing request. */
  csrfToken: z.string(),
  /** How the session began: "demo" or the id of an identity provider. */
  provider: z.string(),
  /** When the session ends at the latest, and when it ends without activity. */
  expiresAt: Instant,
  idleExpiresAt: Instant,
});
export type Me = z.infer<typeof Me>;

/** PUT /auth/acting-for */
export const ActingForRequest = z.strictObject({ organisationId: Id });
export type ActingForRequest = z.infer<typeof ActingForRequest>;

/** GET /auth/providers: the ways to sign in on this server. */
export const AuthProvider = z.object({
  id: z.string(),
  name: z.string(),
  /** Residents and volunteers (the national ID) or municipal staff. */
  audience: z.enum(["public", "staff"]),
  /** Navigate the browser here to sign in; `returnTo` (a path of this site) is where it comes back. */
  loginUrl: z.string(),
});
export const AuthProviders = z.object({ providers: z.array(AuthProvider), demoLogin: z.boolean() });
export type AuthProviders = z.infer<typeof AuthProviders>;

/** GET /auth/demo-users: the seeded demo people, to sign in as one of them. */
export const DemoUser = z.object({
  id: Id,
  displayName: z.string(),
  roles: z.array(Role),
  organisations: z.array(z.string()),
  frontDeskCentres: z.array(z.string()),
});
export const DemoUsers = z.array(DemoUser);
export type DemoUser = z.infer<typeof DemoUser>;

export const DemoLoginRequest = z.strictObject({ userId: Id });
export type DemoLoginRequest = z.infer<typeof DemoLoginRequest>;

/** POST /auth/logout: where to send the browser to end the session at the provider too, if anywhere. */
export const LogoutResult = z.object({ providerLogoutUrl: z.string().nullable() });
export type LogoutResult = z.infer<typeof LogoutResult>;

export const CSRF_HEADER = "X-CSRF-Token";

/** A path of this site to come back to after sign-in: absolute, not protocol-relative. */
export const ReturnTo = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/, "Expected a path of this site");

export const LoginQuery = z.strictObject({ returnTo: ReturnTo.optional() });
export const ProviderPathParams = z.strictObject({ provider: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/) });
