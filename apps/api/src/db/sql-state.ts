// The PostgreSQL SQLSTATE behind an error from Prisma, whichever driver adapter raised it.

export const SqlState = {
  uniqueViolation: "23505",
  exclusionViolation: "23P01",
  serializationFailure: "40001",
  deadlockDetected: "40P01",
} as const;

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined;
}

/** "23P01" for an exclusion violation, …; Prisma's own code ("P2002") when no SQLSTATE is attached. */
export function sqlStateOf(error: unknown): string | undefined {
  const adapterError = field(field(error, "meta"), "driverAdapterError");
  const code = field(field(adapterError, "cause"), "originalCode") ?? field(error, "code");
  return typeof code === "string" ? code : undefined;
}

/** A unique index refused the row (Prisma reports these as P2002, with or without the SQLSTATE). */
export function isUniqueViolation(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state === SqlState.uniqueViolation || state === "P2002" || field(error, "code") === "P2002";
}

/** An exclusion constraint refused the row: on booking_claim, the time is taken. */
export function isExclusionViolation(error: unknown): boolean {
  return sqlStateOf(error) === SqlState.exclusionViolation;
}

/** The transaction lost a race it may win when run again (deadlock between constraint checks, serialization). */
export function isRetryableConflict(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state === SqlState.deadlockDetected || state === SqlState.serializationFailure || field(error, "code") === "P2034";
}
