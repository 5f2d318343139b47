import { Centre, Problem, problemType, WallTime } from "./index";

const centre = {
  id: "7d9f5f5e-3c1a-4a8e-9c57-8b1d2f0a6b11",
  slug: "tofte",
  name: "Tofte",
  address: { street: "Torget 1", postalCode: "3482", postalTown: "Tofte" },
  formerMunicipality: "hurum",
  timeZone: "Europe/Oslo",
  isDemo: true,
  openingHours: [{ weekday: 1, opens: "08:00", closes: "24:00" }],
  staffedHours: [],
};

describe("Centre", () => {
  it("accepts a valid centre", () => {
    expect(Centre.parse(centre)).toEqual(centre);
  });

  it.each([
    ["a malformed id", { id: "tofte" }],
    ["an unknown former municipality", { formerMunicipality: "oslo" }],
    ["a weekday out of range", { openingHours: [{ weekday: 8, opens: "08:00", closes: "09:00" }] }],
    ["a time that is not HH:mm", { openingHours: [{ weekday: 1, opens: "8:00", closes: "09:00" }] }],
    ["24:30", { openingHours: [{ weekday: 1, opens: "08:00", closes: "24:30" }] }],
  ])("rejects %s", (_label, patch) => {
    expect(Centre.safeParse({ ...centre, ...patch }).success).toBe(false);
  });
});

describe("WallTime", () => {
  it.each(["00:00", "23:59", "24:00"])("accepts %s", (time) => expect(WallTime.safeParse(time).success).toBe(true));
  it.each(["24:01", "12:60", "1200"])("rejects %s", (time) => expect(WallTime.safeParse(time).success).toBe(false));
});

describe("Problem", () => {
  it("requires a known code", () => {
    const problem = { type: problemType("not_found"), title: "Not found", status: 404, code: "not_found" };
    expect(Problem.parse(problem)).toEqual(problem);
    expect(Problem.safeParse({ ...problem, code: "something_else" }).success).toBe(false);
  });

  it("gives each code its own type URI", () => {
    expect(problemType("route_not_found")).toMatch(/\/route-not-found$/);
  });
});
