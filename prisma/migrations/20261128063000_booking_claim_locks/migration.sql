-- ---------------------------------------------------------------------------------------------------
-- Hand-written: the booking trigger takes a lock per (unit, day) before it writes claims. See
-- docs/decisions/0007-no-double-booking-in-the-database.md.
-- ---------------------------------------------------------------------------------------------------

-- Why: an exclusion constraint checks a new claim after inserting it. Two transactions that insert
-- overlapping claims at the same moment each see the other's uncommitted claim and wait for each other;
-- PostgreSQL breaks that deadlock only after deadlock_timeout (1 s) by failing one of them (40P01). A
-- whole hall claims several units, which makes such cycles common under load.
--
-- The fix: before writing claims, take a transaction-scoped advisory lock for every (unit, UTC day) the
-- buffered range touches, in ascending key order. Two overlapping claims share at least one (unit, day),
-- so their writers queue on that lock instead of deadlocking; the second then meets the first one's
-- committed claim and fails at once with 23P01. Claims on other days or other units never wait. The
-- locks only order the writers: the exclusion constraint still decides. The two-key form keeps these
-- locks apart from single-key advisory locks (such as the one migrations take).
CREATE OR REPLACE FUNCTION "booking_sync_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    lock_key integer;
BEGIN
    DELETE FROM "booking_claim" WHERE "booking_id" = NEW."id";
    IF NEW."status" IN ('confirmed', 'checked_in') THEN
        FOR lock_key IN
            SELECT DISTINCT hashtext(su."unit_id"::text || '/' || day::date::text)
            FROM "space" s
            JOIN "space_unit" su ON su."space_id" = s."id"
            CROSS JOIN LATERAL generate_series(
                date_trunc('day', (NEW."starts_at" - make_interval(mins => s."buffer_before_minutes")) AT TIME ZONE 'UTC'),
                (NEW."ends_at" + make_interval(mins => s."buffer_after_minutes") - interval '1 microsecond') AT TIME ZONE 'UTC',
                interval '1 day') AS day
            WHERE s."id" = NEW."space_id"
            ORDER BY 1
        LOOP
            PERFORM pg_advisory_xact_lock(hashtext('booking_claim'), lock_key);
        END LOOP;

        INSERT INTO "booking_claim" ("booking_id", "unit_id", "during")
        SELECT NEW."id", su."unit_id",
               tstzrange(NEW."starts_at" - make_interval(mins => s."buffer_before_minutes"),
                         NEW."ends_at" + make_interval(mins => s."buffer_after_minutes"), '[)')
        FROM "space" s
        JOIN "space_unit" su ON su."space_id" = s."id"
        WHERE s."id" = NEW."space_id";
        IF NOT FOUND THEN
            RAISE EXCEPTION 'space % has no units', NEW."space_id" USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
