-- AlterTable
ALTER TABLE "OneTimeToken" ADD COLUMN     "tokenSealed" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deactivatedAt" TIMESTAMP(3);

