import { isRetryableConflict } from "../../db/sql-state";

const ATTEMPTS = 3;

/**
 * Runs a write transaction again when it lost a race PostgreSQL resolves by aborting one side (a deadlock
 * between two exclusion checks, a serialization failure). The next attempt sees the winner and gets a clear
 * answer (usually an exclusion violation: 409).
 */
export async function retryOnRace<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryableConflict(error)) throw error;
    }
  }
}
