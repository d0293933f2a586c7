-- CreateTable
CREATE TABLE "AnalysisSnapshot" (
    "key" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "refreshingUntil" TIMESTAMP(3),

    CONSTRAINT "AnalysisSnapshot_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AnalysisSnapshot_classId_idx" ON "AnalysisSnapshot"("classId");

-- AddForeignKey
ALTER TABLE "AnalysisSnapshot" ADD CONSTRAINT "AnalysisSnapshot_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

