import { bookerKindOf, membershipMayBook, rolesOf, type Actor, type ActorMembership } from "./actor";

const member = (organisationId: string, organisationKind: ActorMembership["organisationKind"], role: ActorMembership["role"]): ActorMembership => ({
  organisationId,
  organisationKind,
  role,
});
const actor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: "user-1",
  isAdmin: false,
  frontDeskCentreIds: [],
  memberships: [],
  actingOrganisationId: null,
  ...overrides,
});

describe("membershipMayBook", () => {
  it.each<[ActorMembership["organisationKind"], ActorMembership["role"], boolean]>([
    ["service_unit", "member", true],
    ["service_unit", "coordinator", true],
    ["volunteer_group", "member", false],
    ["volunteer_group", "coordinator", true],
    ["partner", "member", false],
    ["resident", "coordinator", true],
  ])("a %s %s may book: %s", (organisationKind, role, expected) => {
    expect(membershipMayBook({ organisationKind, role })).toBe(expected);
  });
});

describe("rolesOf", () => {
  it("is empty for a user with nothing", () => {
    expect(rolesOf(actor())).toEqual([]);
  });

  it("lists every role a user holds, in a fixed order", () => {
    const roles = rolesOf(
      actor({
        isAdmin: true,
        frontDeskCentreIds: ["c1"],
        memberships: [member("g1", "volunteer_group", "member"), member("g2", "volunteer_group", "coordinator"), member("r1", "resident", "coordinator"), member("u1", "service_unit", "member")],
      }),
    );
    expect(roles).toEqual(["resident", "volunteer", "coordinator", "staff", "front_desk", "admin"]);
  });
});

describe("bookerKindOf", () => {
  it.each<[string, Actor, { id: string; kind: ActorMembership["organisationKind"] }, string]>([
    ["staff for their unit", actor({ memberships: [member("u1", "service_unit", "member")] }), { id: "u1", kind: "service_unit" }, "service_unit"],
    ["a coordinator for their group", actor({ memberships: [member("g1", "volunteer_group", "coordinator")] }), { id: "g1", kind: "volunteer_group" }, "volunteer_group"],
    ["a coordinator for their partner", actor({ memberships: [member("p1", "partner", "coordinator")] }), { id: "p1", kind: "partner" }, "volunteer_group"],
    ["a resident for themselves", actor({ memberships: [member("r1", "resident", "coordinator")] }), { id: "r1", kind: "resident" }, "resident"],
    ["a host for a group they are not in", actor({ frontDeskCentreIds: ["c1"] }), { id: "g1", kind: "volunteer_group" }, "front_desk"],
    ["a host for their own group", actor({ frontDeskCentreIds: ["c1"], memberships: [member("g1", "volunteer_group", "coordinator")] }), { id: "g1", kind: "volunteer_group" }, "volunteer_group"],
    ["an admin for anyone", actor({ isAdmin: true }), { id: "u1", kind: "service_unit" }, "front_desk"],
  ])("%s → %s", (_name, who, organisation, expected) => {
    expect(bookerKindOf(who, organisation)).toBe(expected);
  });
});
