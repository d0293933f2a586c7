-- CreateEnum
CREATE TYPE "AnswerKeyRelease" AS ENUM ('AFTER_LAST_ATTEMPT_OR_CLOSE', 'AFTER_CLOSE', 'WITH_FEEDBACK');

-- DropIndex
DROP INDEX "CommentBankEntry_lessonSlug_questionSetId_idx";

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "answerKeyRelease" "AnswerKeyRelease" NOT NULL DEFAULT 'AFTER_LAST_ATTEMPT_OR_CLOSE';

-- CreateIndex
CREATE INDEX "CommentBankEntry_createdById_lessonSlug_questionSetId_idx" ON "CommentBankEntry"("createdById", "lessonSlug", "questionSetId");

