-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "anonymousGrading" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "gradingFinishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "quotedParagraph" TEXT;

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "overrideReason" TEXT,
ADD COLUMN     "rubricLevelId" TEXT,
ADD COLUMN     "rubricScores" JSONB;

-- CreateTable
CREATE TABLE "RubricEdit" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "rubric" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RubricEdit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentBankEntry" (
    "id" TEXT NOT NULL,
    "lessonSlug" TEXT NOT NULL,
    "questionSetId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommentBankEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegradeRequest" (
    "id" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "responseId" TEXT,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "resolution" TEXT,

    CONSTRAINT "RegradeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RubricEdit_assignmentId_questionId_createdAt_idx" ON "RubricEdit"("assignmentId", "questionId", "createdAt");

-- CreateIndex
CREATE INDEX "CommentBankEntry_lessonSlug_questionSetId_idx" ON "CommentBankEntry"("lessonSlug", "questionSetId");

-- CreateIndex
CREATE UNIQUE INDEX "RegradeRequest_attemptId_key" ON "RegradeRequest"("attemptId");

-- AddForeignKey
ALTER TABLE "RubricEdit" ADD CONSTRAINT "RubricEdit_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegradeRequest" ADD CONSTRAINT "RegradeRequest_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

