// The organisation use cases: a resident registers an informal group, members and the front desk read it,
// the front desk of its home centre lists the groups waiting for verification and verifies them.
import type { RegisterGroup } from "@sambruk/contracts";
import { can, type Actor } from "@sambruk/domain";
import { forbidden } from "../../http/actor";
import { HttpProblem, notFound } from "../../http/problem";
import type { OrganisationWrites } from "./organisation-writes.repository";
import type { OrganisationRecord, OrganisationsRepository } from "./organisations.repository";

export interface OrganisationsDeps {
  organisations: OrganisationsRepository;
  writes: OrganisationWrites;
}

export interface Listing {
  centreId?: string | undefined;
  verified?: boolean | undefined;
}

const unknownCentre = () =>
  new HttpProblem(400, "validation_failed", "Invalid request", "The request body is not valid.", [
    { pointer: "/body/homeCentreId", code: "unknown_centre", detail: "There is no centre with this id." },
  ]);

// Whoever may not even see an organisation learns nothing of it, not even that it exists.
const hidden = (id: string) => notFound(`No organisation with id ${id}.`);

const mayView = (actor: Actor, organisation: OrganisationRecord) =>
  can(actor, "organisation.view", { organisationId: organisation.id, homeCentreId: organisation.homeCentreId });

export function createOrganisationsService({ organisations, writes }: OrganisationsDeps) {
  return {
    async register(actor: Actor, group: RegisterGroup, requestId: string | null): Promise<OrganisationRecord> {
      if (!can(actor, "organisation.register", {})) throw forbidden("You may not register a group.");
      const contactPersons = group.contactPersons.map(({ name, phone, email }) => ({ name, phone, email: email ?? null }));
      const result = await writes.register({ name: group.name, homeCentreId: group.homeCentreId, contactPersons, actorId: actor.userId, requestId });
      if (result.kind === "unknown_centre") throw unknownCentre();
      return result.organisation;
    },

    async get(actor: Actor, id: string): Promise<OrganisationRecord> {
      const organisation = await organisations.findById(id);
      if (!organisation || !mayView(actor, organisation)) throw hidden(id);
      return organisation;
    },

    /** Admins see every centre's; a host sees their centres' (403 for a centre they do not host); others 403. */
    async list(actor: Actor, { centreId, verified }: Listing): Promise<OrganisationRecord[]> {
      if (centreId !== undefined) {
        if (!can(actor, "organisation.verify", { homeCentreId: centreId })) throw forbidden("You are not a host of this centre.");
        return organisations.find({ homeCentreIds: [centreId], verified });
      }
      if (actor.isAdmin) return organisations.find({ homeCentreIds: null, verified });
      if (actor.frontDeskCentreIds.length === 0) throw forbidden("Only the front desk lists organisations.");
      return organisations.find({ homeCentreIds: actor.frontDeskCentreIds, verified });
    },

    /** 404 for whoever may not see the group, 403 for whoever sees it but does not host its home centre. */
    async verify(actor: Actor, id: string, requestId: string | null): Promise<OrganisationRecord> {
      const organisation = await organisations.findById(id);
      if (!organisation || !mayView(actor, organisation)) throw hidden(id);
      if (!can(actor, "organisation.verify", { homeCentreId: organisation.homeCentreId })) {
        throw forbidden("Only the front desk of the group's home centre verifies it.");
      }
      const result = await writes.verify({ id, actorId: actor.userId, requestId });
      if (result.kind === "not_found") throw hidden(id);
      return result.organisation;
    },
  };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
