-- CreateEnum
CREATE TYPE "SpaceKind" AS ENUM ('meeting_room', 'hall', 'kitchen', 'open_square', 'library_area', 'quiet_room');

-- CreateEnum
CREATE TYPE "Privacy" AS ENUM ('open', 'closed');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('service_unit', 'volunteer_group', 'resident', 'partner');

-- CreateEnum
CREATE TYPE "Sensitivity" AS ENUM ('open', 'discreet', 'shielded', 'security');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('public', 'busy_only');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('resident', 'staff', 'coordinator', 'front_desk', 'admin');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('requested', 'confirmed', 'checked_in', 'cancelled', 'rejected', 'released', 'bumped');

-- CreateEnum
CREATE TYPE "BookingSource" AS ENUM ('web', 'api', 'front_desk', 'series');

-- AlterTable
ALTER TABLE "centre" ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION,
ADD COLUMN     "open_on_holidays" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "space" (
    "id" UUID NOT NULL,
    "centre_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SpaceKind" NOT NULL,
    "capacity" INTEGER NOT NULL,
    "equipment" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "step_free" BOOLEAN NOT NULL DEFAULT false,
    "hearing_loop" BOOLEAN NOT NULL DEFAULT false,
    "accessible_wc" BOOLEAN NOT NULL DEFAULT false,
    "privacy" "Privacy" NOT NULL,
    "zone" TEXT,
    "min_duration_minutes" INTEGER NOT NULL DEFAULT 30,
    "max_duration_minutes" INTEGER NOT NULL DEFAULT 480,
    "slot_step_minutes" INTEGER NOT NULL DEFAULT 15,
    "buffer_before_minutes" INTEGER NOT NULL DEFAULT 0,
    "buffer_after_minutes" INTEGER NOT NULL DEFAULT 0,
    "requires_approval" BOOLEAN NOT NULL DEFAULT false,
    "booker_limits" JSONB NOT NULL,
    "part_of_id" UUID,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "space_unit" (
    "space_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,

    CONSTRAINT "space_unit_pkey" PRIMARY KEY ("space_id","unit_id")
);

-- CreateTable
CREATE TABLE "closure" (
    "id" UUID NOT NULL,
    "centre_id" UUID,
    "space_id" UUID,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "closure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_area" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name_nb" TEXT NOT NULL,
    "name_nn" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,

    CONSTRAINT "service_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "service_area_id" UUID,
    "organisation_number" TEXT,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_type" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name_nb" TEXT NOT NULL,
    "name_nn" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "sensitivity" "Sensitivity" NOT NULL DEFAULT 'open',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "targeted" BOOLEAN NOT NULL DEFAULT false,
    "default_visibility" "Visibility" NOT NULL DEFAULT 'public',

    CONSTRAINT "activity_type_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "display_name" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "organisation_id" UUID,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "booking" (
    "id" UUID NOT NULL,
    "space_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "booked_by_id" UUID NOT NULL,
    "activity_type_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "expected_attendees" INTEGER NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "BookingStatus" NOT NULL,
    "visibility" "Visibility" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "source" "BookingSource" NOT NULL,
    "idempotency_key" TEXT,
    "request_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "booking_claim" (
    "booking_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "during" tstzrange NOT NULL,

    CONSTRAINT "booking_claim_pkey" PRIMARY KEY ("booking_id","unit_id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "request_id" TEXT,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "space_centre_id_idx" ON "space"("centre_id");

-- CreateIndex
CREATE UNIQUE INDEX "space_centre_id_slug_key" ON "space"("centre_id", "slug");

-- CreateIndex
CREATE INDEX "space_unit_unit_id_idx" ON "space_unit"("unit_id");

-- CreateIndex
CREATE INDEX "closure_centre_id_starts_at_idx" ON "closure"("centre_id", "starts_at");

-- CreateIndex
CREATE INDEX "closure_space_id_starts_at_idx" ON "closure"("space_id", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "service_area_slug_key" ON "service_area"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_organisation_number_key" ON "organisation"("organisation_number");

-- CreateIndex
CREATE UNIQUE INDEX "activity_type_slug_key" ON "activity_type"("slug");

-- CreateIndex
CREATE INDEX "booking_space_id_starts_at_idx" ON "booking"("space_id", "starts_at");

-- CreateIndex
CREATE INDEX "booking_status_starts_at_idx" ON "booking"("status", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "booking_booked_by_id_idempotency_key_key" ON "booking"("booked_by_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_at_idx" ON "audit_event"("entity_type", "entity_id", "at");

-- AddForeignKey
ALTER TABLE "space" ADD CONSTRAINT "space_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "space" ADD CONSTRAINT "space_part_of_id_fkey" FOREIGN KEY ("part_of_id") REFERENCES "space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "space_unit" ADD CONSTRAINT "space_unit_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "space_unit" ADD CONSTRAINT "space_unit_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "closure" ADD CONSTRAINT "closure_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "closure" ADD CONSTRAINT "closure_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_service_area_id_fkey" FOREIGN KEY ("service_area_id") REFERENCES "service_area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking" ADD CONSTRAINT "booking_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking" ADD CONSTRAINT "booking_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking" ADD CONSTRAINT "booking_booked_by_id_fkey" FOREIGN KEY ("booked_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking" ADD CONSTRAINT "booking_activity_type_id_fkey" FOREIGN KEY ("activity_type_id") REFERENCES "activity_type"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking_claim" ADD CONSTRAINT "booking_claim_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking_claim" ADD CONSTRAINT "booking_claim_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------------
-- Hand-written: the rules Prisma cannot express. See docs/decisions/0007-no-double-booking-in-the-database.md.
-- ---------------------------------------------------------------------------------------------------

ALTER TABLE "space"
    ADD CONSTRAINT "space_capacity_check" CHECK ("capacity" >= 0),
    ADD CONSTRAINT "space_durations_check" CHECK (0 < "min_duration_minutes" AND "min_duration_minutes" <= "max_duration_minutes"),
    ADD CONSTRAINT "space_slot_step_check" CHECK ("slot_step_minutes" BETWEEN 1 AND 1440),
    ADD CONSTRAINT "space_buffers_check" CHECK ("buffer_before_minutes" >= 0 AND "buffer_after_minutes" >= 0),
    ADD CONSTRAINT "space_not_own_part_check" CHECK ("part_of_id" IS NULL OR "part_of_id" <> "id");

ALTER TABLE "closure"
    ADD CONSTRAINT "closure_range_check" CHECK ("starts_at" < "ends_at"),
    ADD CONSTRAINT "closure_target_check" CHECK (("centre_id" IS NULL) <> ("space_id" IS NULL));

ALTER TABLE "booking"
    ADD CONSTRAINT "booking_range_check" CHECK ("starts_at" < "ends_at"),
    ADD CONSTRAINT "booking_attendees_check" CHECK ("expected_attendees" > 0),
    ADD CONSTRAINT "booking_version_check" CHECK ("version" >= 1);

-- The guarantee: no two claims on one physical unit overlap. Claims exist only for time-holding bookings
-- (confirmed, checked in), so requested bookings may overlap each other and anything else.
ALTER TABLE "booking_claim"
    ADD CONSTRAINT "booking_claim_no_overlap" EXCLUDE USING gist ("unit_id" WITH =, "during" WITH &&);

-- Keeps a booking's claims in step with its status, time and space, in the same statement as the write:
-- a conflicting claim makes that INSERT or UPDATE fail with 23P01 (exclusion_violation).
CREATE FUNCTION "booking_sync_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "booking_claim" WHERE "booking_id" = NEW."id";
    IF NEW."status" IN ('confirmed', 'checked_in') THEN
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

CREATE TRIGGER "booking_claims"
    AFTER INSERT OR UPDATE OF "status", "starts_at", "ends_at", "space_id" ON "booking"
    FOR EACH ROW EXECUTE FUNCTION "booking_sync_claims"();
