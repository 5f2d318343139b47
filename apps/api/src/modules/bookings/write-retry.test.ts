import { retryOnRace } from "./write-retry";

/** An error shaped like Prisma's through a driver adapter, carrying a PostgreSQL SQLSTATE. */
const pgError = (sqlState: string) => Object.assign(new Error(sqlState), { code: "P2034", meta: { driverAdapterError: { cause: { originalCode: sqlState } } } });

function failing(errors: Error[]): { write: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    write: async () => {
      const error = errors[calls];
      calls += 1;
      if (error) throw error;
      return "written";
    },
    calls: () => calls,
  };
}

describe("retryOnRace", () => {
  it.each([["a deadlock", "40P01"], ["a serialization failure", "40001"]])("runs the write again after %s", async (_label, state) => {
    const write = failing([pgError(state)]);
    await expect(retryOnRace(write.write)).resolves.toBe("written");
    expect(write.calls()).toBe(2);
  });

  it("gives up after three attempts and rethrows", async () => {
    const write = failing([pgError("40P01"), pgError("40P01"), pgError("40P01"), pgError("40P01")]);
    await expect(retryOnRace(write.write)).rejects.toThrow("40P01");
    expect(write.calls()).toBe(3);
  });

  it("never retries an answer: an exclusion violation (the time is taken) goes straight back", async () => {
    const taken = Object.assign(new Error("taken"), { code: "P2039", meta: { driverAdapterError: { cause: { originalCode: "23P01" } } } });
    const write = failing([taken]);
    await expect(retryOnRace(write.write)).rejects.toBe(taken);
    expect(write.calls()).toBe(1);
  });
});
