import type { Actor } from "./actor";
import { can } from "./can";

const base: Actor = { userId: "u", isAdmin: false, frontDeskCentreIds: [], memberships: [], actingOrganisationId: null };
const staff: Actor = { ...base, memberships: [{ organisationId: "unit", organisationKind: "service_unit", role: "member" }] };
const volunteer: Actor = { ...base, memberships: [{ organisationId: "group", organisationKind: "volunteer_group", role: "member" }] };
const coordinator: Actor = { ...base, memberships: [{ organisationId: "group", organisationKind: "volunteer_group", role: "coordinator" }] };
const host: Actor = { ...base, frontDeskCentreIds: ["slemmestad"] };
const admin: Actor = { ...base, isAdmin: true };

const inSlemmestad = (organisationId: string) => ({ organisationId, centreId: "slemmestad" });
const inTofte = (organisationId: string) => ({ organisationId, centreId: "tofte" });

describe("can", () => {
  it.each<[string, Actor | null, boolean, boolean]>([
    // who, actor, may book for the group at Slemmestad, may see the group's bookings in full there
    ["the public", null, false, false],
    ["someone with no membership", base, false, false],
    ["staff of another unit", staff, false, false],
    ["a member of the group", volunteer, false, true],
    ["the group's coordinator", coordinator, true, true],
    ["the host of Slemmestad", host, true, true],
    ["an admin", admin, true, true],
  ])("%s: book %s, view %s", (_who, actor, write, view) => {
    expect(can(actor, "booking.write", inSlemmestad("group"))).toBe(write);
    expect(can(actor, "booking.view", inSlemmestad("group"))).toBe(view);
  });

  it("keeps a host to their own centres", () => {
    expect(can(host, "booking.write", inTofte("group"))).toBe(false);
    expect(can(host, "booking.view", inTofte("group"))).toBe(false);
    expect(can(host, "audit.view", { centreId: "tofte" })).toBe(false);
    expect(can(host, "audit.view", { centreId: "slemmestad" })).toBe(true);
    expect(can(host, "audit.view", { centreId: null })).toBe(false);
    expect(can(admin, "audit.view", { centreId: null })).toBe(true);
  });

  it("lets staff book for their unit anywhere and a coordinator for their group anywhere", () => {
    expect(can(staff, "booking.write", inTofte("unit"))).toBe(true);
    expect(can(coordinator, "booking.write", inTofte("group"))).toBe(true);
  });

  it("lets the host of the group's home centre verify it, and nobody else but an admin", () => {
    expect(can(host, "organisation.verify", { homeCentreId: "slemmestad" })).toBe(true);
    expect(can(host, "organisation.verify", { homeCentreId: "tofte" })).toBe(false);
    expect(can(host, "organisation.verify", { homeCentreId: null })).toBe(false);
    expect(can(coordinator, "organisation.verify", { homeCentreId: "slemmestad" })).toBe(false);
    expect(can(admin, "organisation.verify", { homeCentreId: null })).toBe(true);
  });

  it("leaves configuration to admins and registration to anyone signed in", () => {
    for (const actor of [base, staff, volunteer, coordinator, host]) expect(can(actor, "configuration.change", {})).toBe(false);
    expect(can(admin, "configuration.change", {})).toBe(true);
    expect(can(base, "organisation.register", {})).toBe(true);
    expect(can(null, "organisation.register", {})).toBe(false);
  });
});
