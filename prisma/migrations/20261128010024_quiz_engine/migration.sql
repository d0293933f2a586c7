-- AlterTable
ALTER TABLE "Response" ALTER COLUMN "seq" SET DATA TYPE BIGINT;

-- CreateTable
CREATE TABLE "QuestionVersion" (
    "hash" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "questionSetId" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionVersion_pkey" PRIMARY KEY ("hash")
);

-- CreateIndex
CREATE INDEX "QuestionVersion_questionId_idx" ON "QuestionVersion"("questionId");

