// describeWithServer: runs on a server; elsewhere skips loudly, except under CI, where it fails.
import { describeWithServer } from "./describe-with-server";
import { testBackend } from "./test-env";

const warnings: string[] = [];
let errorUnderCi: unknown;

const originalWarn = console.warn;
const originalCi = process.env["CI"];
console.warn = (...args: unknown[]) => void warnings.push(args.join(" "));
try {
  process.env["CI"] = "true";
  try {
    describeWithServer("a server suite under CI", () => {
      it("runs on the server", () => expect(testBackend).toBe("postgres"));
    });
  } catch (error) {
    errorUnderCi = error;
  }
  delete process.env["CI"];
  describeWithServer("a server suite", () => {
    it("runs on the server", () => expect(testBackend).toBe("postgres"));
  });
} finally {
  console.warn = originalWarn;
  if (originalCi === undefined) delete process.env["CI"];
  else process.env["CI"] = originalCi;
}

describe(`describeWithServer (${testBackend})`, () => {
  if (testBackend === "embedded") {
    it("fails under CI instead of skipping", () => {
      expect(errorUnderCi).toBeInstanceOf(Error);
      expect(String(errorUnderCi)).toMatch(/needs a PostgreSQL server.*TEST_DATABASE_URL/);
    });
    it("skips with a loud notice elsewhere", () => {
      expect(warnings).toEqual(["SKIPPED (needs TEST_DATABASE_URL): a server suite"]);
    });
  } else {
    it("runs the suites, CI or not", () => {
      expect(errorUnderCi).toBeUndefined();
      expect(warnings).toEqual([]);
    });
  }
});
