import type { OrganisationKind } from "../actors/actor";
import type { BookerKind } from "../spaces/space";
import { makeSpace } from "../testing/fixtures";
import { needsApproval } from "./approval";

const open = makeSpace("room");
const guarded = makeSpace("hall", {}, { requiresApproval: true });

describe("needsApproval", () => {
  it.each<[string, typeof open, OrganisationKind, boolean, BookerKind, boolean]>([
    ["a service unit in an open room", open, "service_unit", false, "service_unit", false],
    ["a verified volunteer group", open, "volunteer_group", true, "volunteer_group", false],
    ["an unverified volunteer group", open, "volunteer_group", false, "volunteer_group", true],
    ["an unverified partner (verification is for volunteer groups)", open, "partner", false, "volunteer_group", false],
    ["a resident", open, "resident", false, "resident", false],
    ["a space that requires approval", guarded, "service_unit", true, "service_unit", true],
    ["a verified group in a space that requires approval", guarded, "volunteer_group", true, "volunteer_group", true],
    ["the front desk in a space that requires approval", guarded, "service_unit", false, "front_desk", false],
    ["the front desk for an unverified group", open, "volunteer_group", false, "front_desk", false],
  ])("%s → %s", (_label, space, kind, verified, bookerKind, expected) => {
    expect(needsApproval({ space, organisation: { kind, verified }, bookerKind })).toBe(expected);
  });
});
