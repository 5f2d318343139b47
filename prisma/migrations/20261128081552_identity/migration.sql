-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('member', 'coordinator');

-- CreateTable
CREATE TABLE "membership" (
    "user_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("user_id","organisation_id")
);

-- CreateTable
CREATE TABLE "front_desk_assignment" (
    "user_id" UUID NOT NULL,
    "centre_id" UUID NOT NULL,

    CONSTRAINT "front_desk_assignment_pkey" PRIMARY KEY ("user_id","centre_id")
);

-- CreateTable
CREATE TABLE "user_identity" (
    "provider" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_identity_pkey" PRIMARY KEY ("provider","subject")
);

-- CreateTable
CREATE TABLE "user_session" (
    "id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "acting_organisation_id" UUID,
    "csrf_token" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "sealed_id_token" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_window" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL,

    CONSTRAINT "rate_limit_window_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateTable
CREATE TABLE "organisation_contact" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "organisation_contact_pkey" PRIMARY KEY ("id")
);

-- Data: the former single role and organisation of a user become memberships, admin a flag, and the booker
-- kind of each booking (which the shared-use rules count) is taken from what its booker was.
ALTER TABLE "app_user" ADD COLUMN "email" TEXT,
ADD COLUMN "is_admin" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "last_login_at" TIMESTAMPTZ(3);

UPDATE "app_user" SET "is_admin" = true WHERE "role" = 'admin';

INSERT INTO "membership" ("user_id", "organisation_id", "role")
SELECT "id", "organisation_id", CASE WHEN "role" = 'staff' THEN 'member'::"MembershipRole" ELSE 'coordinator'::"MembershipRole" END
FROM "app_user" WHERE "organisation_id" IS NOT NULL AND "role" IN ('staff', 'coordinator', 'resident');

ALTER TABLE "booking" ADD COLUMN "booker_kind" "BookerKind";
UPDATE "booking" b SET "booker_kind" = (
  CASE
    WHEN u."role" IN ('front_desk', 'admin') THEN 'front_desk'
    WHEN o."kind" = 'service_unit' THEN 'service_unit'
    WHEN o."kind" = 'resident' THEN 'resident'
    ELSE 'volunteer_group'
  END)::"BookerKind"
FROM "app_user" u, "organisation" o
WHERE u."id" = b."booked_by_id" AND o."id" = b."organisation_id";
ALTER TABLE "booking" ALTER COLUMN "booker_kind" SET NOT NULL;

ALTER TABLE "app_user" DROP CONSTRAINT "app_user_organisation_id_fkey";
ALTER TABLE "app_user" DROP COLUMN "organisation_id", DROP COLUMN "role";
DROP TYPE "UserRole";

ALTER TABLE "audit_event" ADD COLUMN "acting_organisation_id" UUID,
ADD COLUMN "centre_id" UUID;

ALTER TABLE "organisation" ADD COLUMN "home_centre_id" UUID;

-- CreateIndex
CREATE INDEX "membership_organisation_id_idx" ON "membership"("organisation_id");

-- CreateIndex
CREATE INDEX "front_desk_assignment_centre_id_idx" ON "front_desk_assignment"("centre_id");

-- CreateIndex
CREATE INDEX "user_identity_user_id_idx" ON "user_identity"("user_id");

-- CreateIndex
CREATE INDEX "user_session_user_id_idx" ON "user_session"("user_id");

-- CreateIndex
CREATE INDEX "user_session_expires_at_idx" ON "user_session"("expires_at");

-- CreateIndex
CREATE INDEX "rate_limit_window_window_start_idx" ON "rate_limit_window"("window_start");

-- CreateIndex
CREATE INDEX "organisation_contact_organisation_id_idx" ON "organisation_contact"("organisation_id");

-- CreateIndex
CREATE INDEX "audit_event_centre_id_at_idx" ON "audit_event"("centre_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_home_centre_id_fkey" FOREIGN KEY ("home_centre_id") REFERENCES "centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "front_desk_assignment" ADD CONSTRAINT "front_desk_assignment_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "front_desk_assignment" ADD CONSTRAINT "front_desk_assignment_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_identity" ADD CONSTRAINT "user_identity_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_acting_organisation_id_fkey" FOREIGN KEY ("acting_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_contact" ADD CONSTRAINT "organisation_contact_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A contact person's phone is digits, spaces and an optional leading plus.
ALTER TABLE "organisation_contact" ADD CONSTRAINT "organisation_contact_phone_check" CHECK ("phone" ~ '^\+?[0-9 ]{8,16}$');

-- CreateTable
CREATE TABLE "oidc_login" (
    "state_hash" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "code_verifier" TEXT NOT NULL,
    "return_to" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "oidc_login_pkey" PRIMARY KEY ("state_hash")
);

-- CreateIndex
CREATE INDEX "oidc_login_expires_at_idx" ON "oidc_login"("expires_at");
