// An organisation record as the wire shows it to its members and the front desk.
import { Organisation } from "@sambruk/contracts";
import type { OrganisationRecord } from "./organisations.repository";

export function toOrganisation(record: OrganisationRecord): Organisation {
  return Organisation.parse({
    ...record,
    contactPersons: record.contactPersons.map(({ name, phone, email }) => ({ name, phone, ...(email === null ? {} : { email }) })),
    createdAt: record.createdAt.toISOString(),
  });
}
