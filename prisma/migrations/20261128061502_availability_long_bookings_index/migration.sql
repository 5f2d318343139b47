-- ---------------------------------------------------------------------------------------------------
-- Hand-written: an index schema.prisma cannot describe (partial, on an expression). Prisma's diff
-- leaves it alone.
-- ---------------------------------------------------------------------------------------------------

-- Availability reads the live bookings of a centre's spaces that overlap a range [from, to). On
-- booking(space_id, starts_at) alone only one end of that scan is bounded (starts_at < to); the other
-- condition (ends_at > from) would make PostgreSQL walk every earlier booking of each space, so the
-- cost would grow with the history. The query therefore bounds starts_at from below too, at one day
-- before `from`, and finds the rare bookings longer than a day through this small index instead.
-- Keep the predicate exactly as the query in live-bookings.repository.ts writes it.
CREATE INDEX "booking_long_idx" ON "booking" ("space_id", "starts_at")
    WHERE ("ends_at" - "starts_at") > interval '1 day';
