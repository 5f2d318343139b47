import { CentreList, Centre, Problem } from "@sambruk/contracts";
import { seedDemoData } from "../../db/seed";
import { useApiSuite } from "../../testing/api-suite";

const suite = useApiSuite();

beforeAll(async () => {
  await seedDemoData(suite.db.prisma);
});

describe("GET /api/v1/centres", () => {
  it("lists the seven centres with their weekly hours", async () => {
    const response = await fetch(suite.app.url("/api/v1/centres"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    // Other suites may add their own (non-demo) centres to a shared test database.
    const centres = CentreList.parse(await response.json()).filter((centre) => centre.isDemo);
    expect(centres.map((centre) => centre.name).sort()).toEqual(
      ["Asker sentrum", "Heggedal", "Holmen", "Slemmestad", "Spikkestad", "Sætre", "Tofte"].sort(),
    );
    const tofte = centres.find((centre) => centre.slug === "tofte");
    expect(tofte).toMatchObject({ formerMunicipality: "hurum", timeZone: "Europe/Oslo", isDemo: true });
    expect(tofte?.openingHours).toContainEqual({ weekday: 1, opens: "08:00", closes: "20:00" });
    expect(tofte?.staffedHours.length).toBeGreaterThan(0);
  });

  it("seeding again changes nothing (idempotent)", async () => {
    const demoCentres = async () => CentreList.parse(await (await fetch(suite.app.url("/api/v1/centres"))).json()).filter((c) => c.isDemo);
    const before = await demoCentres();
    await seedDemoData(suite.db.prisma);
    expect(await demoCentres()).toEqual(before);
  });
});

describe("GET /api/v1/centres/{id}", () => {
  it("returns one centre", async () => {
    const [first] = CentreList.parse(await (await fetch(suite.app.url("/api/v1/centres"))).json());
    const response = await fetch(suite.app.url(`/api/v1/centres/${first?.id}`));
    expect(response.status).toBe(200);
    expect(Centre.parse(await response.json())).toEqual(first);
  });

  it("answers a malformed id with a 400 problem pointing at the id", async () => {
    const response = await fetch(suite.app.url("/api/v1/centres/not-an-id"));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = Problem.parse(await response.json());
    expect(problem).toMatchObject({ status: 400, code: "invalid_id", instance: "/api/v1/centres/not-an-id" });
    expect(problem.errors?.[0]?.pointer).toBe("/params/id");
  });

  it("answers an unknown id with a 404 problem", async () => {
    const response = await fetch(suite.app.url("/api/v1/centres/00000000-0000-4000-8000-000000000000"));
    expect(response.status).toBe(404);
    expect(Problem.parse(await response.json()).code).toBe("not_found");
  });
});
