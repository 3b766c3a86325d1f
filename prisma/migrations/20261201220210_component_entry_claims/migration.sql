-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('gate', 'entry');

-- AlterEnum
ALTER TYPE "TransitionKind" ADD VALUE 'entry';

-- AlterTable
ALTER TABLE "components" ADD COLUMN     "claimed_level" INTEGER,
ADD COLUMN     "source_project_id" TEXT,
ADD COLUMN     "source_review_id" TEXT;

-- AlterTable
ALTER TABLE "reviews" ADD COLUMN     "kind" "ReviewKind" NOT NULL DEFAULT 'gate';

-- A claim is a level 1–9 on a component whose confirmed level is still 0.
ALTER TABLE "components" ADD CONSTRAINT "components_claim_on_level_zero"
  CHECK ("claimed_level" IS NULL OR ("claimed_level" BETWEEN 1 AND 9 AND "level" = 0));

-- Gate reviews judge leaving 0–8; an entry review confirms a claimed level 1–9.
ALTER TABLE "reviews" DROP CONSTRAINT "reviews_level_range";
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_level_range"
  CHECK (("kind" = 'gate' AND "level" BETWEEN 0 AND 8) OR ("kind" = 'entry' AND "level" BETWEEN 1 AND 9));

-- An entry transition moves a component from its confirmed 0 to its claimed level, and always
-- names the review that confirmed it. (Compared as text: the enum value is new in this transaction.)
ALTER TABLE "level_transitions" ADD CONSTRAINT "level_transitions_entry_from_zero"
  CHECK ("kind"::text <> 'entry' OR ("from_level" = 0 AND "to_level" > 0 AND "review_id" IS NOT NULL));
