import { defaultPolicyParameters } from "./parameters";
import { params } from "./policy-fixtures";
import { summarisePolicy } from "./rules-summary";

describe("summarisePolicy", () => {
  it("has a text in nb, nn and en for every rule, with no placeholder left", () => {
    const rules = summarisePolicy(defaultPolicyParameters);
    expect(rules).toHaveLength(8);
    for (const { text } of rules) {
      for (const locale of ["nb", "nn", "en"] as const) {
        expect(text[locale].length).toBeGreaterThan(20);
        expect(text[locale]).not.toMatch(/\{\{|undefined|NaN/);
      }
    }
  });

  it.each([
    ["quotas", params({ quotas: { organisation: { hoursPerWeek: 7, activeBookings: 9 }, resident: { hoursPerWeek: 2, activeBookings: 1 } } }), "7 hours a week"],
    ["fair_share", params({ fairShare: { targetedMaxPercent: 25 } }), "at most 25 %"],
    ["prime_time", params({ primeTime: { windows: [{ weekday: 5, from: "16:00", to: "20:00" }], reservedFor: ["resident"], releaseDays: 3, reservedSharePercent: 40 } }), "Fri 16:00–20:00"],
    ["prime_time", params({ primeTime: { ...defaultPolicyParameters.primeTime, reservedSharePercent: 40 } }), "40 % of prime time"],
    ["zone_compatibility", params({ incompatibleTags: [] }), "zone: none"],
  ] as const)("the %s text follows its parameters", (rule, parameters, expected) => {
    expect(summarisePolicy(parameters).find((r) => r.rule === rule)?.text.en).toContain(expected);
  });

  it("never lists the word screen's terms", () => {
    expect(JSON.stringify(summarisePolicy(defaultPolicyParameters))).not.toMatch(/barnevern|overgrep/);
  });
});
