import { z } from "zod";
import { OrganisationKind } from "./auth";
import { Id, Instant } from "./common";

/** A named contact person of an informal group. Personal data: shown only to the group and the front desk. */
export const ContactPerson = z.strictObject({
  name: z.string().trim().min(2).max(120),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ]{8,16}$/, "Expected a phone number of 8 to 16 digits"),
  email: z.email().max(200).optional(),
});
export type ContactPerson = z.infer<typeof ContactPerson>;

/** POST /organisations: a resident registers an informal volunteer group and becomes its coordinator. */
export const RegisterGroup = z.strictObject({
  name: z.string().trim().min(2).max(120),
  /** The centre the group mainly uses: its front desk verifies the group. */
  homeCentreId: Id,
  contactPersons: z.array(ContactPerson).min(1).max(5),
});
export type RegisterGroup = z.infer<typeof RegisterGroup>;

/** An organisation as its members and the front desk see it. */
export const Organisation = z.object({
  id: Id,
  kind: OrganisationKind,
  name: z.string(),
  organisationNumber: z.string().nullable(),
  verified: z.boolean(),
  hasKeyAgreement: z.boolean(),
  homeCentreId: Id.nullable(),
  contactPersons: z.array(ContactPerson),
  createdAt: Instant,
});
export type Organisation = z.infer<typeof Organisation>;

/** GET /organisations?verified=false: what the front desk of a centre has to verify. */
export const OrganisationQuery = z.strictObject({
  centreId: Id.optional(),
  verified: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
});
export type OrganisationQuery = z.infer<typeof OrganisationQuery>;
export const OrganisationList = z.array(Organisation);

export const OrganisationPathParams = z.strictObject({ id: Id });
