-- CreateTable
CREATE TABLE "ResponseAnnotation" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "authorId" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quotedText" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResponseAnnotation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResponseAnnotation_responseId_start_idx" ON "ResponseAnnotation"("responseId", "start");

-- AddForeignKey
ALTER TABLE "ResponseAnnotation" ADD CONSTRAINT "ResponseAnnotation_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseAnnotation" ADD CONSTRAINT "ResponseAnnotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- By hand: a passage is a non-empty range of the answer's text.
ALTER TABLE "ResponseAnnotation" ADD CONSTRAINT "ResponseAnnotation_range_check" CHECK ("start" >= 0 AND "end" > "start");
