import type { OrganisationKind } from "../actors/actor";
import { makeSpace } from "../testing/fixtures";
import type { BookerKind, Space } from "../spaces/space";
import { eligibilityFindings } from "./eligibility";
import { request, serviceUnit } from "./policy-fixtures";

const free = makeSpace("free");
const staffOnly = makeSpace("staff", { allowedBookerKinds: ["service_unit"] });
const guarded = makeSpace("guarded", {}, { requiresApproval: true });

describe("eligibilityFindings", () => {
  it.each<[string, Space, BookerKind, OrganisationKind | null, boolean, string[]]>([
    ["anyone in a space without a list", free, "resident", null, true, []],
    ["a listed kind", staffOnly, "service_unit", "service_unit", true, []],
    ["an unlisted kind", staffOnly, "resident", null, true, ["booker_kind_not_allowed"]],
    ["the front desk, listed or not", staffOnly, "front_desk", null, true, []],
    ["a space that requires approval", guarded, "service_unit", "service_unit", true, ["approval_required"]],
    ["an unverified volunteer group", free, "volunteer_group", "volunteer_group", false, ["group_not_verified"]],
    ["both", guarded, "volunteer_group", "volunteer_group", false, ["approval_required", "group_not_verified"]],
    ["the front desk in a space that requires approval", guarded, "front_desk", "volunteer_group", false, []],
  ])("%s", (_label, space, kind, organisationKind, verified, codes) => {
    const req = request({ booker: { ...serviceUnit, kind, organisationKind, verified } });
    const findings = eligibilityFindings(req, { space });
    expect(findings.map((f) => f.code)).toEqual(codes);
    for (const f of findings) expect(f.severity).toBe(f.code === "booker_kind_not_allowed" ? "refuse" : "review");
  });
});
