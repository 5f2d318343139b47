import { DEFAULT_AUTH_CONFIG } from "../config/auth-config";
import { useApiSuite } from "../testing/api-suite";
import { runHousekeeping } from "./housekeeping";

const suite = useApiSuite();

describe("runHousekeeping", () => {
  it("runs every task in one round and says what it did", async () => {
    // A clock long past: nothing of the other suites sharing the database is due, so this round touches none of it.
    const done = await runHousekeeping(suite.db, DEFAULT_AUTH_CONFIG, new Date("2001-01-01T00:00:00Z"));
    expect(done).toEqual({
      sessions: expect.any(Number), windows: expect.any(Number), logins: expect.any(Number), notices: expect.any(Number),
      waitlists: { expired: expect.any(Number), offered: expect.any(Number), deleted: expect.any(Number) },
      reminders: expect.any(Number),
    });
  });
});
