-- AlterTable
ALTER TABLE "booking" ADD COLUMN     "check_in_token_hash" TEXT,
ADD COLUMN     "checked_in_at" TIMESTAMPTZ(3),
ADD COLUMN     "status_reason" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "booking_check_in_token_hash_key" ON "booking"("check_in_token_hash");
