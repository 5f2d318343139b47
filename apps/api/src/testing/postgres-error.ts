// The PostgreSQL SQLSTATE behind a Prisma error (23514 CHECK, 23P01 exclusion, …), whichever adapter.
import { sqlStateOf } from "../db/sql-state";

export const postgresErrorCode = sqlStateOf;

/** Awaits a promise that must fail, and returns the PostgreSQL error code it failed with. */
export async function failureCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return postgresErrorCode(error);
  }
  throw new Error("expected the database to refuse this, but it succeeded");
}
