-- AlterTable
ALTER TABLE "LoginThrottle" DROP COLUMN "failures",
DROP COLUMN "lockedUntil",
DROP COLUMN "windowStart",
ADD COLUMN     "level" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "instructorResetAllowed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "resetNoticeAt" TIMESTAMP(3),
ADD COLUMN     "resetNoticeByName" TEXT;

