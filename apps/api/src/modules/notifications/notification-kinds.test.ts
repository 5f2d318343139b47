import { NOTIFICATION_KIND_VALUES } from "@sambruk/contracts";
import { NOTIFICATION_KINDS } from "@sambruk/domain";

// The wire names the kinds the domain renders: the two lists are written twice (the contracts depend on nothing).
describe("notification kinds", () => {
  it("are the same on the wire as in the domain", () => {
    expect([...NOTIFICATION_KIND_VALUES]).toEqual([...NOTIFICATION_KINDS]);
  });
});
