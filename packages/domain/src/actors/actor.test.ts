import { bookerKindFor, mayActFor, type OrganisationKind, type UserRole } from "./actor";

describe("bookerKindFor", () => {
  it.each<[UserRole, OrganisationKind | null, string]>([
    ["staff", "service_unit", "service_unit"],
    ["coordinator", "volunteer_group", "volunteer_group"],
    ["coordinator", "partner", "volunteer_group"],
    ["resident", "resident", "resident"],
    ["resident", null, "resident"],
    ["staff", null, "service_unit"],
    ["front_desk", "service_unit", "front_desk"],
    ["front_desk", null, "front_desk"],
    ["admin", "volunteer_group", "front_desk"],
  ])("%s of a %s organisation books as %s", (role, kind, expected) => {
    expect(bookerKindFor(role, kind)).toBe(expected);
  });
});

describe("mayActFor", () => {
  it.each<[UserRole, string | null, string, boolean]>([
    ["staff", "org-1", "org-1", true],
    ["staff", "org-1", "org-2", false],
    ["coordinator", null, "org-2", false],
    ["resident", "org-3", "org-3", true],
    ["front_desk", "org-1", "org-2", true],
    ["front_desk", null, "org-2", true],
    ["admin", null, "org-2", true],
  ])("%s of %s for %s → %s", (role, organisationId, target, expected) => {
    expect(mayActFor({ role, organisationId }, target)).toBe(expected);
  });
});
