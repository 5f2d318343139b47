// GET /api/v1/availability with bad or unknown input: 400 problems that point at the parameter, 404s.
import { Availability, Problem } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";

const suite = useApiSuite();
let centreId: string;
let spaceId: string;

beforeAll(async () => {
  centreId = await suite.make.centre();
  spaceId = await suite.make.space(centreId);
});

const UNKNOWN_ID = "5e1f0000-0000-4000-8000-00000000dead";
const week = { from: "2026-11-23T00:00:00+01:00", to: "2026-11-30T00:00:00+01:00" };

const get = (query: string) => fetch(suite.app.url(`/api/v1/availability?${query}`));
const params = (query: Record<string, string>) => new URLSearchParams(query).toString();

describe("GET /api/v1/availability, bad requests", () => {
  it.each([
    ["no centre or space", () => params(week), ["/query/centreId"]],
    ["both a centre and a space", () => params({ centreId, spaceId, ...week }), ["/query/centreId"]],
    ["no range", () => params({ centreId }), ["/query/from", "/query/to"]],
    ["a time without an offset", () => params({ centreId, ...week, from: "2026-11-23T00:00:00" }), ["/query/from"]],
    ["a date that is not one", () => params({ centreId, ...week, to: "next week" }), ["/query/to"]],
    ["an end equal to the start", () => params({ centreId, ...week, to: week.from }), ["/query/to"]],
    ["an end before the start", () => params({ centreId, from: week.to, to: week.from }), ["/query/to"]],
    ["more than 31 days and an hour", () => params({ centreId, from: "2026-11-01T00:00:00+01:00", to: "2026-12-02T01:00:01+01:00" }), ["/query/to"]],
    ["a malformed centre id", () => params({ ...week, centreId: "tofte" }), ["/query/centreId"]],
    ["a repeated parameter", () => `${params({ centreId, ...week })}&from=${encodeURIComponent(week.from)}`, ["/query/from"]],
    ["an unknown parameter", () => params({ centreId, ...week, colour: "red" }), ["/query"]],
  ])("answers %s with a 400 problem pointing at it", async (_label, query, pointers) => {
    const response = await get(query());
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = Problem.parse(await response.json());
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors?.map((error) => error.pointer).sort()).toEqual(pointers);
  });

  it("accepts a whole calendar month across the autumn clock change (31 days and one hour)", async () => {
    const response = await get(params({ spaceId, from: "2026-10-01T00:00:00+02:00", to: "2026-11-01T00:00:00+01:00" }));
    expect(response.status).toBe(200);
    const body = Availability.parse(await response.json());
    expect(body.spaces.map((space) => space.spaceId)).toEqual([spaceId]);
  });

  it.each([
    ["centre", () => ({ centreId: UNKNOWN_ID })],
    ["space", () => ({ spaceId: UNKNOWN_ID })],
  ])("answers an unknown %s with a 404 problem", async (_label, target) => {
    const response = await get(params({ ...target(), ...week }));
    expect(response.status).toBe(404);
    expect(Problem.parse(await response.json()).code).toBe("not_found");
  });

  it("answers a centre without spaces with an empty list", async () => {
    const emptyCentre = await suite.make.centre();
    const response = await get(params({ centreId: emptyCentre, ...week }));
    expect(response.status).toBe(200);
    expect(Availability.parse(await response.json()).spaces).toEqual([]);
  });
});
