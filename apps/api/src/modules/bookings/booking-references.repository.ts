import type { OrganisationKind, Sensitivity } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";
import type { Visibility } from "./bookings.repository";

type Db = Prisma.TransactionClient;

export interface OrganisationRef {
  id: string;
  name: string;
  kind: OrganisationKind;
  verified: boolean;
  /** May use the premises outside staffed hours. */
  hasKeyAgreement: boolean;
  /** The house's own citizen-facing service: priority tier 1. */
  houseService: boolean;
}

export interface ActivityTypeRef {
  id: string;
  defaultVisibility: Visibility;
  sensitivity: Sensitivity;
  tags: string[];
  targeted: boolean;
}

export interface CentreLocation {
  id: string;
  latitude: number | null;
  longitude: number | null;
}

/** What a booking refers to besides its space. */
export interface BookingReferences {
  findOrganisation(id: string): Promise<OrganisationRef | null>;
  findActivityType(id: string): Promise<ActivityTypeRef | null>;
  /** Every centre's coordinates, to offer the nearest centres first. */
  centreLocations(): Promise<CentreLocation[]>;
}

export function createBookingReferences(db: Db): BookingReferences {
  return {
    findOrganisation: (id) =>
      db.organisation.findUnique({ where: { id }, select: { id: true, name: true, kind: true, verified: true, hasKeyAgreement: true, houseService: true } }),
    findActivityType: (id) =>
      db.activityType.findUnique({
        where: { id },
        select: { id: true, defaultVisibility: true, sensitivity: true, tags: true, targeted: true },
      }),
    centreLocations: () => db.centre.findMany({ select: { id: true, latitude: true, longitude: true }, orderBy: { id: "asc" } }),
  };
}
