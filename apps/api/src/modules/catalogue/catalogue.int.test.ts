import { ActivityTypeList } from "@sambruk/contracts";
import { seedDemoData } from "../../db/seed";
import { useApiSuite } from "../../testing/api-suite";

const suite = useApiSuite();

beforeAll(async () => {
  await seedDemoData(suite.db.prisma);
});

describe("GET /api/v1/activity-types", () => {
  it("lists the catalogue with names in three languages and the sensitivity classes", async () => {
    const response = await fetch(suite.app.url("/api/v1/activity-types"));
    expect(response.status).toBe(200);
    const types = ActivityTypeList.parse(await response.json());
    expect(types.length).toBeGreaterThanOrEqual(10);
    expect(types.map((type) => type.slug)).toEqual([...types.map((type) => type.slug)].sort());
    // The seed's classes at least: suites sharing a PostgreSQL database add types of their own (a "security" one too).
    expect([...new Set(types.map((type) => type.sensitivity))]).toEqual(expect.arrayContaining(["open", "discreet", "shielded"]));
    for (const type of types) expect(type.name.nb && type.name.nn && type.name.en).toBeTruthy();
  });
});
