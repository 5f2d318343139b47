import { Problem, Space, SpaceList } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";

const suite = useApiSuite();
let centreId: string;
const ids: Record<"small" | "large" | "hall" | "hallA" | "hallB", string> = { small: "", large: "", hall: "", hallA: "", hallB: "" };

beforeAll(async () => {
  centreId = await suite.make.centre();
  ids.small = await suite.make.space(centreId, {
    name: "Small room", capacity: 6, equipment: ["screen", "video_meeting"], stepFree: true, hearingLoop: true,
  });
  ids.large = await suite.make.space(centreId, {
    name: "Large room", capacity: 20, equipment: ["screen"], stepFree: true, accessibleWc: true, zone: "2. etasje korridor",
    bookerLimits: { resident: { noticeMinutes: 0, horizonDays: 365 } },
  });
  ids.hall = await suite.make.space(centreId, { name: "Hall", kind: "hall", capacity: 100, equipment: ["piano"] });
  ids.hallA = await suite.make.space(centreId, { name: "Hall A", kind: "hall", capacity: 50, partOfId: ids.hall });
  ids.hallB = await suite.make.space(centreId, { name: "Hall B", kind: "hall", capacity: 50, partOfId: ids.hall });
});

async function list(query: Record<string, string>): Promise<Space[]> {
  const response = await fetch(suite.app.url(`/api/v1/spaces?${new URLSearchParams(query)}`));
  expect(response.status).toBe(200);
  return SpaceList.parse(await response.json());
}

describe("GET /api/v1/spaces", () => {
  it("lists a centre's spaces by name, with their parts and accessibility", async () => {
    const spaces = await list({ centreId });
    expect(spaces.map((space) => space.name)).toEqual(["Hall", "Hall A", "Hall B", "Large room", "Small room"]);
    const byId = new Map(spaces.map((space) => [space.id, space]));
    expect(byId.get(ids.hall)).toMatchObject({ partIds: [ids.hallA, ids.hallB], partOf: null, kind: "hall" });
    expect(byId.get(ids.hallA)).toMatchObject({ partIds: [], partOf: ids.hall });
    expect(byId.get(ids.small)).toMatchObject({ accessibility: ["step_free", "hearing_loop"], privacy: "closed", isDemo: false });
    expect(byId.get(ids.large)).toMatchObject({ accessibility: ["step_free", "accessible_wc"], zone: "2. etasje korridor" });
    expect(byId.get(ids.large)?.booking.perBookerKind.resident).toEqual({ noticeMinutes: 0, horizonDays: 365 });
  });

  it.each([
    ["a minimum capacity", { minCapacity: "20" }, ["Hall", "Hall A", "Hall B", "Large room"]],
    ["a minimum capacity only the whole hall has", { minCapacity: "51" }, ["Hall"]],
    ["one feature", { feature: "screen" }, ["Large room", "Small room"]],
    ["several features (all required)", { feature: "screen,video_meeting" }, ["Small room"]],
    ["an accessibility feature", { accessibility: "hearing_loop" }, ["Small room"]],
    ["several accessibility features", { accessibility: "step_free,accessible_wc" }, ["Large room"]],
    ["capacity and feature together", { minCapacity: "7", feature: "screen" }, ["Large room"]],
    ["a feature nobody has", { feature: "sauna" }, []],
  ])("filters by %s", async (_label, query, names) => {
    expect((await list({ centreId, ...query })).map((space) => space.name)).toEqual(names);
  });

  it("lists every centre's spaces without a centre", async () => {
    const spaces = await list({ minCapacity: "100" });
    expect(spaces.map((space) => space.id)).toContain(ids.hall);
    expect(spaces.every((space) => space.capacity >= 100)).toBe(true);
  });

  it.each([
    ["a capacity that is not a number", "minCapacity=many", "/query/minCapacity"],
    ["a capacity below one", "minCapacity=0", "/query/minCapacity"],
    ["a malformed feature", "feature=Screen!", "/query/feature/0"],
    ["an unknown accessibility feature", "accessibility=step_free,wheelchair", "/query/accessibility/1"],
    ["a malformed centre id", "centreId=tofte", "/query/centreId"],
    ["an unknown parameter", "colour=red", "/query"],
  ])("answers %s with a 400 problem pointing at it", async (_label, query, pointer) => {
    const response = await fetch(suite.app.url(`/api/v1/spaces?${query}`));
    expect(response.status).toBe(400);
    const problem = Problem.parse(await response.json());
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors?.map((error) => error.pointer)).toEqual([pointer]);
  });
});

describe("GET /api/v1/spaces/{id}", () => {
  it("returns the space as the list shows it", async () => {
    const [listed] = (await list({ centreId })).filter((space) => space.id === ids.hallB);
    const response = await fetch(suite.app.url(`/api/v1/spaces/${ids.hallB}`));
    expect(response.status).toBe(200);
    expect(Space.parse(await response.json())).toEqual(listed);
  });

  it("answers an unknown id with a 404 problem and a malformed one with a 400", async () => {
    const unknown = await fetch(suite.app.url("/api/v1/spaces/5e1f0000-0000-4000-8000-00000000dead"));
    expect(unknown.status).toBe(404);
    expect(Problem.parse(await unknown.json()).code).toBe("not_found");
    const malformed = await fetch(suite.app.url("/api/v1/spaces/storsalen"));
    expect(malformed.status).toBe(400);
    expect(Problem.parse(await malformed.json())).toMatchObject({ code: "invalid_id", errors: [{ pointer: "/params/id" }] });
  });
});
