import { matchTerm, wordScreenFindings, wordsOf } from "./word-screen";
import { params, request } from "./policy-fixtures";

const terms = ["barnevern*", "rus", "vold i nære relasjoner", "æresrelatert*"];

describe("matchTerm", () => {
  it.each<[string, string | null]>([
    ["Møte med barnevernet", "barnevern*"],
    ["BARNEVERNSTJENESTEN informerer", "barnevern*"],
    ["Barnevern", "barnevern*"],
    ["Foreldre og barn", null],
    ["Rus og helse", "rus"],
    ["Russisk språkkafé", null],
    ["Kurs om vold i nære relasjoner", "vold i nære relasjoner"],
    ["Vold i nære", null],
    ["ÆRESRELATERT vold", "æresrelatert*"],
    ["Om æresrelaterte konflikter", "æresrelatert*"],
    ["Skæresrelatert", null],
    ["", null],
  ])("%j → %j", (text, expected) => {
    expect(matchTerm(text, terms)).toBe(expected);
  });

  it("treats decomposed and composed letters alike", () => {
    expect(wordsOf("Ma\u0308rk Øst")).toEqual(["märk", "øst"]);
    expect(matchTerm("gå\u030A", ["gå"])).toBe(null); // a stray mark makes another word
    expect(matchTerm("ga\u030A", ["gå"])).toBe("gå");
  });

  it("ignores empty terms", () => {
    expect(matchTerm("noe", ["*", "  "])).toBe(null);
  });
});

describe("wordScreenFindings", () => {
  it("sends a matching title and description to review, the term for staff only", () => {
    const findings = wordScreenFindings(request({ title: "Barnevernet", description: "rus" }), { parameters: params({ wordScreen: { terms } }) });
    expect(findings).toEqual([
      { code: "sensitive_words", severity: "review", rule: "word_screen", pointer: "/title", params: { field: "title" }, staffParams: { term: "barnevern*" } },
      { code: "sensitive_words", severity: "review", rule: "word_screen", pointer: "/description", params: { field: "description" }, staffParams: { term: "rus" } },
    ]);
  });

  it("passes ordinary text", () => {
    expect(wordScreenFindings(request({ title: "Språkkafé" }), { parameters: params({ wordScreen: { terms } }) })).toEqual([]);
  });
});
