-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "feedbackWithdrawnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AnonymousNumber" (
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnonymousNumber_pkey" PRIMARY KEY ("assignmentId","userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnonymousNumber_assignmentId_number_key" ON "AnonymousNumber"("assignmentId", "number");

-- AddForeignKey
ALTER TABLE "AnonymousNumber" ADD CONSTRAINT "AnonymousNumber_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnonymousNumber" ADD CONSTRAINT "AnonymousNumber_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- By hand: numbers start at 1.
ALTER TABLE "AnonymousNumber" ADD CONSTRAINT "AnonymousNumber_number_positive" CHECK ("number" >= 1);
