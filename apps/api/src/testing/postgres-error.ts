// The PostgreSQL SQLSTATE behind a Prisma error (23514 CHECK, 23P01 exclusion, …), whichever adapter.

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined;
}

export function postgresErrorCode(error: unknown): string | undefined {
  const adapterError = field(field(error, "meta"), "driverAdapterError");
  const code = field(field(adapterError, "cause"), "originalCode") ?? field(error, "code");
  return typeof code === "string" ? code : undefined;
}

/** Awaits a promise that must fail, and returns the PostgreSQL error code it failed with. */
export async function failureCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return postgresErrorCode(error);
  }
  throw new Error("expected the database to refuse this, but it succeeded");
}
