-- AlterTable
ALTER TABLE "reviews" ADD COLUMN     "continues_review_id" TEXT,
ADD COLUMN     "unconfirmed_items" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE UNIQUE INDEX "reviews_continues_review_id_key" ON "reviews"("continues_review_id");

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_continues_review_id_fkey" FOREIGN KEY ("continues_review_id") REFERENCES "reviews"("id") ON DELETE SET NULL ON UPDATE CASCADE;
