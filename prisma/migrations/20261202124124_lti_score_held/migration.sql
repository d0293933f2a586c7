-- AlterEnum
ALTER TYPE "LtiScoreSyncStatus" ADD VALUE 'HELD';

