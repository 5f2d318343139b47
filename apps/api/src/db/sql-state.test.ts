import { isExclusionViolation, isRetryableConflict, isUniqueViolation, sqlStateOf } from "./sql-state";

const viaAdapter = (code: string, originalCode: string) => ({ code, meta: { driverAdapterError: { cause: { originalCode } } } });

describe("sql-state", () => {
  it.each([
    ["exclusion through an adapter", viaAdapter("P2039", "23P01"), "23P01", { exclusion: true, unique: false, retry: false }],
    ["unique through an adapter", viaAdapter("P2002", "23505"), "23505", { exclusion: false, unique: true, retry: false }],
    ["unique without a SQLSTATE", { code: "P2002" }, "P2002", { exclusion: false, unique: true, retry: false }],
    ["deadlock", viaAdapter("P2034", "40P01"), "40P01", { exclusion: false, unique: false, retry: true }],
    ["a plain error", new Error("boom"), undefined, { exclusion: false, unique: false, retry: false }],
    ["not an object", "boom", undefined, { exclusion: false, unique: false, retry: false }],
  ])("%s", (_label, error, state, expected) => {
    expect(sqlStateOf(error)).toBe(state);
    expect({ exclusion: isExclusionViolation(error), unique: isUniqueViolation(error), retry: isRetryableConflict(error) }).toEqual(expected);
  });
});
