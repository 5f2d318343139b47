import type { Space } from "../spaces/space";
import { openActivity, request, roomA, roomB } from "./policy-fixtures";
import type { Sensitivity } from "./request";
import { sensitivityFindings } from "./sensitivity";

describe("sensitivityFindings", () => {
  it.each<[Sensitivity, Space, string[]]>([
    ["open", roomB, []],
    ["open", roomA, []],
    ["discreet", roomA, []],
    ["discreet", roomB, ["discreet_needs_closed_room"]],
    ["shielded", roomA, ["sensitive_service_not_allowed"]],
    ["shielded", roomB, ["sensitive_service_not_allowed"]],
    ["security", roomA, ["sensitive_service_not_allowed"]],
  ])("%s in a %s room", (sensitivity, space, codes) => {
    const findings = sensitivityFindings(request({ activity: { ...openActivity, sensitivity } }), { space });
    expect(findings.map((f) => f.code)).toEqual(codes);
    for (const f of findings) expect(f.severity).toBe("refuse");
  });

  it("names the sensitivity", () => {
    const [finding] = sensitivityFindings(request({ activity: { ...openActivity, sensitivity: "security" } }), { space: roomA });
    expect(finding?.params).toMatchObject({ sensitivity: "security" });
  });
});
