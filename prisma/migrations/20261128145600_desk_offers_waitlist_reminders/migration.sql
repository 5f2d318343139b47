-- CreateEnum
CREATE TYPE "WaitlistStatus" AS ENUM ('waiting', 'offered', 'accepted', 'declined', 'expired', 'left');

-- AlterTable
ALTER TABLE "booking" ADD COLUMN     "reminded_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "house_service" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "booking_offer" (
    "id" UUID NOT NULL,
    "booking_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "space_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "withdrawn_at" TIMESTAMPTZ(3),
    "taken_booking_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "booking_offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "waitlist_entry" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "space_id" UUID NOT NULL,
    "activity_type_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "expected_attendees" INTEGER NOT NULL,
    "visibility" "Visibility",
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "WaitlistStatus" NOT NULL DEFAULT 'waiting',
    "offered_at" TIMESTAMPTZ(3),
    "offer_expires_at" TIMESTAMPTZ(3),
    "booking_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "waitlist_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "booking_offer_taken_booking_id_key" ON "booking_offer"("taken_booking_id");

-- CreateIndex
CREATE INDEX "booking_offer_booking_id_idx" ON "booking_offer"("booking_id");

-- CreateIndex
CREATE UNIQUE INDEX "waitlist_entry_booking_id_key" ON "waitlist_entry"("booking_id");

-- CreateIndex
CREATE INDEX "waitlist_entry_space_id_starts_at_idx" ON "waitlist_entry"("space_id", "starts_at");

-- CreateIndex
CREATE INDEX "waitlist_entry_status_offer_expires_at_idx" ON "waitlist_entry"("status", "offer_expires_at");

-- CreateIndex
CREATE INDEX "waitlist_entry_user_id_idx" ON "waitlist_entry"("user_id");

-- AddForeignKey
ALTER TABLE "booking_offer" ADD CONSTRAINT "booking_offer_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking_offer" ADD CONSTRAINT "booking_offer_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking_offer" ADD CONSTRAINT "booking_offer_taken_booking_id_fkey" FOREIGN KEY ("taken_booking_id") REFERENCES "booking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entry" ADD CONSTRAINT "waitlist_entry_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entry" ADD CONSTRAINT "waitlist_entry_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entry" ADD CONSTRAINT "waitlist_entry_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entry" ADD CONSTRAINT "waitlist_entry_activity_type_id_fkey" FOREIGN KEY ("activity_type_id") REFERENCES "activity_type"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entry" ADD CONSTRAINT "waitlist_entry_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- By hand: times run forwards; one accepted offer per bumped booking; one open place in line per user and time.
ALTER TABLE "booking_offer" ADD CONSTRAINT "booking_offer_time_order" CHECK ("ends_at" > "starts_at");
ALTER TABLE "waitlist_entry" ADD CONSTRAINT "waitlist_entry_time_order" CHECK ("ends_at" > "starts_at");
CREATE UNIQUE INDEX "booking_offer_one_accepted" ON "booking_offer"("booking_id") WHERE "accepted_at" IS NOT NULL;
CREATE UNIQUE INDEX "waitlist_entry_one_open" ON "waitlist_entry"("user_id", "space_id", "starts_at", "ends_at") WHERE "status" IN ('waiting', 'offered');
