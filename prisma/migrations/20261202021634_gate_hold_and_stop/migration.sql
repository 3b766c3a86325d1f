-- CreateEnum
CREATE TYPE "GateOutcome" AS ENUM ('hold', 'stop');

-- AlterEnum
ALTER TYPE "ProjectStatus" ADD VALUE 'stopped';

-- AlterTable
ALTER TABLE "projects" ADD COLUMN     "gate_decided_at" TIMESTAMPTZ(3),
ADD COLUMN     "gate_level" INTEGER,
ADD COLUMN     "gate_outcome" "GateOutcome",
ADD COLUMN     "gate_reason" TEXT,
ADD COLUMN     "gate_review_id" TEXT;
