import {
  Space,
  AuthProviders,
  BookingDetail,
  Centre,
  DemoUser,
  Me,
  Membership,
  type FormerMunicipality,
  type WeeklyHours,
} from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";

/** Weekdays 08–20, Saturday 10–16, closed on Sunday. */
export const standardOpening: WeeklyHours[] = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: "20:00" })),
  { weekday: 6, opens: "10:00", closes: "16:00" },
];

/** A host at the desk on weekdays 09–15. */
export const standardStaffing: WeeklyHours[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opens: "09:00",
  closes: "15:00",
}));

let sequence = 0;

/** A fresh UUID (version 4 form) for a test record. */
export function testId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`;
}

/** A centre that satisfies the contract; override what a test is about. */
export function buildCentre(overrides: Partial<Centre> = {}): Centre {
  const id = testId();
  const n = String(sequence);
  return Centre.parse({
    id,
    slug: `centre-${n}`,
    name: `Senter ${n}`,
    address: { street: `Torget ${n}`, postalCode: "1384", postalTown: "Asker" },
    formerMunicipality: "asker",
    timeZone: OSLO,
    isDemo: true,
    openingHours: standardOpening,
    staffedHours: standardStaffing,
    ...overrides,
  });
}

const seven: [string, FormerMunicipality][] = [
  ["Tofte", "hurum"],
  ["Sætre", "hurum"],
  ["Slemmestad", "royken"],
  ["Spikkestad", "royken"],
  ["Holmen", "asker"],
  ["Heggedal", "asker"],
  ["Asker sentrum", "asker"],
];

/** The seven local centres with standard hours. */
export function sevenCentres(overrides: Partial<Centre> = {}): Centre[] {
  return seven.map(([name, formerMunicipality]) => buildCentre({ name, formerMunicipality, ...overrides }));
}

/** A membership that satisfies the contract; by default a municipal service the user may book for. */
export function buildMembership(overrides: Partial<Membership> = {}): Membership {
  return Membership.parse({
    organisationId: testId(),
    organisationName: "NAV Asker",
    organisationKind: "service_unit",
    role: "member",
    mayBook: true,
    verified: true,
    ...overrides,
  });
}

/** The CSRF token of every `me` built here, unless a test gives another. */
export const TEST_CSRF_TOKEN = "csrf-token-from-me";

/**
 * A signed-in user: by default Nils Veileder of NAV Asker, who may book for NAV Asker and Asker
 * frivilligsentral and only view Språkkafeen; he acts for NAV Asker.
 */
export function buildMe(overrides: Partial<Me> = {}): Me {
  const memberships = overrides.memberships ?? [
    buildMembership({ organisationName: "NAV Asker" }),
    buildMembership({ organisationName: "Asker frivilligsentral", organisationKind: "partner", role: "coordinator" }),
    buildMembership({ organisationName: "Språkkafeen", organisationKind: "volunteer_group", mayBook: false }),
  ];
  const first = memberships[0];
  return Me.parse({
    user: { id: testId(), displayName: "Nils Veileder (demo)", email: "nils@example.test" },
    roles: ["staff"],
    memberships,
    frontDeskCentres: [],
    actingFor: first
      ? { organisationId: first.organisationId, organisationName: first.organisationName, organisationKind: first.organisationKind }
      : null,
    csrfToken: TEST_CSRF_TOKEN,
    provider: "demo",
    expiresAt: "2026-03-12T21:30:00Z",
    idleExpiresAt: "2026-03-12T10:30:00Z",
    ...overrides,
  });
}

/** The providers of a server with ID-porten, the staff provider and (by default) demo login. */
export function buildProviders(overrides: Partial<AuthProviders> = {}): AuthProviders {
  return AuthProviders.parse({
    providers: [
      { id: "idporten", name: "ID-porten", audience: "public", loginUrl: "/api/v1/auth/login/idporten" },
      { id: "staff", name: "Asker kommune (ansatt)", audience: "staff", loginUrl: "/api/v1/auth/login/staff" },
    ],
    demoLogin: true,
    ...overrides,
  });
}

export function buildDemoUser(overrides: Partial<DemoUser> = {}): DemoUser {
  return DemoUser.parse({
    id: testId(),
    displayName: "Nils Veileder (demo)",
    roles: ["staff"],
    organisations: ["NAV Asker"],
    frontDeskCentres: [],
    ...overrides,
  });
}

/** A confirmed booking on Thursday 12 March 2026, 18:00–20:00 in Oslo. */
export function buildBookingDetail(overrides: Partial<BookingDetail> = {}): BookingDetail {
  return BookingDetail.parse({
    id: testId(),
    centreId: testId(),
    spaceId: testId(),
    status: "confirmed",
    visibility: "public",
    start: "2026-03-12T17:00:00Z",
    end: "2026-03-12T19:00:00Z",
    title: "Jobbklubb",
    description: null,
    organisation: { id: testId(), name: "NAV Asker" },
    activityTypeId: testId(),
    expectedAttendees: 12,
    version: 1,
    source: "web",
    createdAt: "2026-03-01T09:00:00Z",
    updatedAt: "2026-03-01T09:00:00Z",
    bookedBy: { id: testId(), displayName: "Nils Veileder (demo)" },
    seriesId: null,
    dropIn: null,
    ...overrides,
  });
}

const limits = { noticeMinutes: 60, horizonDays: 180 };

/** A closed meeting room for 20 at a centre, bookable by everyone for 30 min – 8 h in 15-minute steps. */
export function buildSpace(overrides: Partial<Space> = {}): Space {
  return Space.parse({
    id: testId(),
    centreId: testId(),
    slug: "motesal",
    name: "Møtesalen",
    kind: "meeting_room",
    capacity: 20,
    equipment: ["screen"],
    accessibility: ["step_free"],
    privacy: "closed",
    zone: null,
    booking: {
      minDurationMinutes: 30,
      maxDurationMinutes: 480,
      slotStepMinutes: 15,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      requiresApproval: false,
      allowedBookerKinds: [],
      perBookerKind: { service_unit: limits, volunteer_group: limits, resident: limits, front_desk: limits },
    },
    partIds: [],
    partOf: null,
    isDemo: true,
    ...overrides,
  });
}
