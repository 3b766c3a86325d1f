-- AlterTable
ALTER TABLE "requirements" ADD COLUMN     "source_number" INTEGER,
ADD COLUMN     "source_project_id" TEXT;
