-- AlterTable
ALTER TABLE "projects" ADD COLUMN     "target_status_seen" TEXT;
