// Fixes @prisma/adapter-pg 7.10 defect 2 of 3 (see docs/decisions/0002): its executeScript() splits the
// script on ";" and runs the pieces one by one, which breaks comments, `$$` function bodies and DO
// blocks, and is not atomic. Here the whole script goes to the server as one simple-protocol query
// (no parameters), which PostgreSQL runs as one implicit transaction: a failing migration leaves nothing
// behind, as with Prisma's native engine.
import type pg from "pg";
import { toDriverAdapterError } from "./driver-error";

export function executeScriptAtomically(pool: pg.Pool): (script: string) => Promise<void> {
  return async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  };
}
