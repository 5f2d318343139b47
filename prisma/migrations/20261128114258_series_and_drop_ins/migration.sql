-- CreateEnum
CREATE TYPE "BookingKind" AS ENUM ('standard', 'drop_in');

-- CreateEnum
CREATE TYPE "AppointmentMode" AS ENUM ('in_person', 'digital');

-- CreateEnum
CREATE TYPE "SeriesStatus" AS ENUM ('active', 'cancelled');

-- CreateEnum
CREATE TYPE "OccurrenceState" AS ENUM ('booked', 'skipped', 'cancelled');

-- CreateEnum
CREATE TYPE "SkipReason" AS ENUM ('closed', 'holiday', 'overlap', 'rule', 'priority');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('booked', 'cancelled');

-- AlterTable
ALTER TABLE "booking" ADD COLUMN     "appointment_minutes" INTEGER,
ADD COLUMN     "appointment_modes" "AppointmentMode"[] DEFAULT ARRAY[]::"AppointmentMode"[],
ADD COLUMN     "kind" "BookingKind" NOT NULL DEFAULT 'standard',
ADD COLUMN     "meeting_link" TEXT,
ADD COLUMN     "series_id" UUID;

-- CreateTable
CREATE TABLE "booking_series" (
    "id" UUID NOT NULL,
    "space_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "booked_by_id" UUID NOT NULL,
    "booker_kind" "BookerKind" NOT NULL,
    "activity_type_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "expected_attendees" INTEGER NOT NULL,
    "visibility" "Visibility" NOT NULL,
    "rrule" TEXT NOT NULL,
    "first_date" DATE NOT NULL,
    "start_time" TEXT NOT NULL,
    "end_time" TEXT NOT NULL,
    "kind" "BookingKind" NOT NULL DEFAULT 'standard',
    "appointment_minutes" INTEGER,
    "appointment_modes" "AppointmentMode"[] DEFAULT ARRAY[]::"AppointmentMode"[],
    "meeting_link" TEXT,
    "status" "SeriesStatus" NOT NULL DEFAULT 'active',
    "version" INTEGER NOT NULL DEFAULT 1,
    "idempotency_key" TEXT,
    "request_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "booking_series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "series_occurrence" (
    "series_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "state" "OccurrenceState" NOT NULL,
    "reason" "SkipReason",
    "details" JSONB,
    "booking_id" UUID,
    "notice" JSONB,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "series_occurrence_pkey" PRIMARY KEY ("series_id","date")
);

-- CreateTable
CREATE TABLE "appointment" (
    "id" UUID NOT NULL,
    "booking_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "mode" "AppointmentMode" NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'booked',
    "user_id" UUID,
    "name" TEXT,
    "phone" TEXT,
    "cancel_token_hash" TEXT NOT NULL,
    "delete_after" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "appointment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "booking_series_organisation_id_idx" ON "booking_series"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "booking_series_booked_by_id_idempotency_key_key" ON "booking_series"("booked_by_id", "idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "series_occurrence_booking_id_key" ON "series_occurrence"("booking_id");

-- CreateIndex
CREATE INDEX "appointment_booking_id_starts_at_idx" ON "appointment"("booking_id", "starts_at");

-- CreateIndex
CREATE INDEX "appointment_delete_after_idx" ON "appointment"("delete_after");

-- AddForeignKey
ALTER TABLE "booking" ADD CONSTRAINT "booking_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "booking_series"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_booked_by_id_fkey" FOREIGN KEY ("booked_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_activity_type_id_fkey" FOREIGN KEY ("activity_type_id") REFERENCES "activity_type"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series_occurrence" ADD CONSTRAINT "series_occurrence_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "booking_series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series_occurrence" ADD CONSTRAINT "series_occurrence_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: what Prisma cannot express.

-- One resident per appointment slot: two racing for the last one cannot both get it.
CREATE UNIQUE INDEX "appointment_one_per_slot" ON "appointment"("booking_id", "starts_at") WHERE "status" = 'booked';

ALTER TABLE "appointment"
    ADD CONSTRAINT "appointment_range_check" CHECK ("starts_at" < "ends_at"),
    -- Someone must be reachable: a signed-in user, or a name and a phone number.
    ADD CONSTRAINT "appointment_contact_check" CHECK ("user_id" IS NOT NULL OR ("name" IS NOT NULL AND "phone" IS NOT NULL));

ALTER TABLE "booking"
    ADD CONSTRAINT "booking_appointment_minutes_check" CHECK ("appointment_minutes" IS NULL OR "appointment_minutes" BETWEEN 5 AND 240),
    -- Only drop-in windows take appointments or carry a meeting link.
    ADD CONSTRAINT "booking_drop_in_fields_check" CHECK ("kind" = 'drop_in' OR ("appointment_minutes" IS NULL AND "meeting_link" IS NULL));

ALTER TABLE "booking_series"
    ADD CONSTRAINT "booking_series_times_check" CHECK ("start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "end_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$'),
    ADD CONSTRAINT "booking_series_appointment_minutes_check" CHECK ("appointment_minutes" IS NULL OR "appointment_minutes" BETWEEN 5 AND 240);

ALTER TABLE "series_occurrence"
    -- A skipped occurrence says why; a booked one points at its booking (until that booking is deleted).
    ADD CONSTRAINT "series_occurrence_reason_check" CHECK (("state" = 'skipped') = ("reason" IS NOT NULL));

CREATE INDEX "booking_series_id_idx" ON "booking"("series_id") WHERE "series_id" IS NOT NULL;
