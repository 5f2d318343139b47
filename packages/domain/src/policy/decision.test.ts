import { decide, forBooker, outcomeOf, type PolicyFinding, type Severity } from "./decision";

const finding = (severity: Severity): PolicyFinding => ({ code: "closed", severity, rule: "booking" });

describe("outcomeOf", () => {
  it.each<[string, Severity[], string]>([
    ["no findings", [], "confirm"],
    ["warnings only", ["warn", "warn"], "confirm"],
    ["a review", ["warn", "review"], "review"],
    ["a refusal among reviews", ["review", "refuse", "warn"], "refuse"],
  ])("%s → %s", (_label, severities, expected) => {
    expect(outcomeOf(severities.map(finding))).toBe(expected);
  });
});

describe("decide and forBooker", () => {
  it("keeps every finding, in order", () => {
    const findings = [finding("refuse"), finding("review"), finding("refuse")];
    expect(decide(findings).findings).toEqual(findings);
  });

  it("drops staff parameters and staff-only findings for the booker", () => {
    const screened: PolicyFinding = { code: "sensitive_words", severity: "review", rule: "word_screen", params: { field: "title" }, staffParams: { term: "x" } };
    const hidden: PolicyFinding = { code: "rule_parameters_invalid", severity: "review", rule: "parameters", staffOnly: true };
    const shown = forBooker(decide([screened, hidden]));
    expect(shown).toEqual({ outcome: "review", findings: [{ code: "sensitive_words", severity: "review", rule: "word_screen", params: { field: "title" } }] });
  });
});
