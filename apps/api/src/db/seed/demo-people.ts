// Demo data: organisations and users. All invented (the services exist in the municipality, the people and
// the organisation number do not), all marked `isDemo`. The ids are fixed, so that tools and the interim
// actor header can name a demo user before real sign-in exists.

/** Fixed ids of the demo organisations. */
export const DEMO_ORGANISATION_IDS = {
  frontDesk: "de000000-0000-4000-8000-000000000201",
  library: "de000000-0000-4000-8000-000000000202",
  navGuidance: "de000000-0000-4000-8000-000000000203",
  youthHealth: "de000000-0000-4000-8000-000000000204",
  cultureSchool: "de000000-0000-4000-8000-000000000205",
  youthClub: "de000000-0000-4000-8000-000000000206",
  refugeeService: "de000000-0000-4000-8000-000000000207",
  languageCafe: "de000000-0000-4000-8000-000000000208",
  knittingGroup: "de000000-0000-4000-8000-000000000209",
  resident: "de000000-0000-4000-8000-000000000210",
} as const;
export type DemoOrganisationKey = keyof typeof DEMO_ORGANISATION_IDS;

/** Fixed ids of the demo users. */
export const DEMO_USER_IDS = {
  /** Front-desk host (vert) at Slemmestad and Asker sentrum. */
  frontDesk: "de000000-0000-4000-8000-000000000101",
  admin: "de000000-0000-4000-8000-000000000102",
  /** Staff of the library (a service unit). */
  libraryStaff: "de000000-0000-4000-8000-000000000103",
  /** Staff of NAV's guidance (a service unit). */
  navAdvisor: "de000000-0000-4000-8000-000000000104",
  /** Coordinator of the registered, verified volunteer group "Språkkafé Asker". */
  volunteerCoordinator: "de000000-0000-4000-8000-000000000105",
  /** Contact person of an informal, not yet verified group. */
  informalCoordinator: "de000000-0000-4000-8000-000000000106",
  resident: "de000000-0000-4000-8000-000000000107",
  /** A member (not a coordinator) of "Språkkafé Asker": sees the group's bookings, books nothing. */
  volunteer: "de000000-0000-4000-8000-000000000108",
} as const;
export type DemoUserKey = keyof typeof DEMO_USER_IDS;

export interface DemoOrganisation {
  key: DemoOrganisationKey;
  kind: "service_unit" | "volunteer_group" | "resident" | "partner";
  name: string;
  serviceArea: string | null;
  organisationNumber: string | null;
  verified: boolean;
  /** May use the premises outside staffed hours (the demo bookings in the evenings need it). */
  hasKeyAgreement: boolean;
  /** The house's own citizen-facing service: priority tier 1. */
  houseService: boolean;
}

const unit = (key: DemoOrganisationKey, name: string, serviceArea: string, houseService = false): DemoOrganisation => ({
  key, kind: "service_unit", name, serviceArea, organisationNumber: null, verified: true, hasKeyAgreement: true, houseService,
});

export const demoOrganisations: DemoOrganisation[] = [
  unit("frontDesk", "Innbyggertorget", "medborgerskap", true),
  unit("library", "Asker bibliotek", "medborgerskap", true),
  unit("navGuidance", "NAV-veiledning", "nav"),
  unit("youthHealth", "Helsestasjon for ungdom", "helse-og-omsorg"),
  unit("cultureSchool", "Kulturskolen", "medborgerskap"),
  unit("youthClub", "Ungdomsklubben", "oppvekst"),
  unit("refugeeService", "Flyktningtjenesten", "medborgerskap"),
  // The organisation number is invented (it has a valid check digit, but names no real organisation).
  { key: "languageCafe", kind: "volunteer_group", name: "Språkkafé Asker", serviceArea: null, organisationNumber: "999000002", verified: true, hasKeyAgreement: true, houseService: false },
  { key: "knittingGroup", kind: "volunteer_group", name: "Strikkekafé på Slemmestad", serviceArea: null, organisationNumber: null, verified: false, hasKeyAgreement: false, houseService: false },
  { key: "resident", kind: "resident", name: "Kari Nordmann", serviceArea: null, organisationNumber: null, verified: false, hasKeyAgreement: false, houseService: false },
];

export interface DemoUser {
  key: DemoUserKey;
  displayName: string;
  email: string;
  isAdmin: boolean;
  memberships: { organisation: DemoOrganisationKey; role: "member" | "coordinator" }[];
  /** Slugs of the centres where the user is a front-desk host. */
  frontDesk: string[];
}

/** An address under the reserved `.example` domain: the demo's e-mails reach a test mail server, never a person. */
const demoAddress = (displayName: string) => `${displayName.split(" ")[0]!.toLowerCase()}@demo.sambruk.example`;

const person = (key: DemoUserKey, displayName: string, fields: Partial<Omit<DemoUser, "key" | "displayName" | "email">>): DemoUser => ({
  key, displayName, email: demoAddress(displayName), isAdmin: false, memberships: [], frontDesk: [], ...fields,
});

export const demoUsers: DemoUser[] = [
  person("frontDesk", "Vera Vert (demo)", { frontDesk: ["slemmestad", "asker-sentrum"] }),
  person("admin", "Ada Admin (demo)", { isAdmin: true }),
  person("libraryStaff", "Bodil Bibliotekar (demo)", { memberships: [{ organisation: "library", role: "member" }] }),
  person("navAdvisor", "Nils Veileder (demo)", { memberships: [{ organisation: "navGuidance", role: "member" }] }),
  person("volunteerCoordinator", "Sara Språkkafé (demo)", { memberships: [{ organisation: "languageCafe", role: "coordinator" }] }),
  person("informalCoordinator", "Stine Strikk (demo)", { memberships: [{ organisation: "knittingGroup", role: "coordinator" }] }),
  person("resident", "Kari Nordmann (demo)", { memberships: [{ organisation: "resident", role: "coordinator" }] }),
  person("volunteer", "Omar Frivillig (demo)", { memberships: [{ organisation: "languageCafe", role: "member" }] }),
];
