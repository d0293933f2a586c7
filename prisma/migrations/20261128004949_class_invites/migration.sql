-- AlterTable
ALTER TABLE "OneTimeToken" ADD COLUMN     "name" TEXT;

