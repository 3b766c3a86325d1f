-- AlterTable
ALTER TABLE "panel_seats" ADD COLUMN     "chair_confirmed_at" TIMESTAMPTZ(3),
ADD COLUMN     "chair_confirmed_by_id" TEXT;

-- CreateIndex
CREATE INDEX "panel_seats_chair_confirmed_by_id_idx" ON "panel_seats"("chair_confirmed_by_id");

-- AddForeignKey
ALTER TABLE "panel_seats" ADD CONSTRAINT "panel_seats_chair_confirmed_by_id_fkey" FOREIGN KEY ("chair_confirmed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
