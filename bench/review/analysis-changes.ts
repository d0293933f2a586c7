// The changes item analysis is timed after, made straight in the database by whoever holds it:
// the benchmark's own client in-process, a second connection while the server runs.

export type Execute = (sql: string, params: unknown[]) => Promise<unknown>

export interface AnalysisChanges {
  /** What grading one answer does to the analysis: its attempt's scoreVersion goes up (the trigger's work). */
  regradeOne(): Promise<void>
  /** As before anyone had opened the analysis: no stored result. */
  forgetStored(): Promise<void>
}

export function analysisChanges(execute: Execute, assignmentId: string, questionSetId: string): AnalysisChanges {
  return {
    async regradeOne() {
      await execute(
        `UPDATE "Attempt" SET "scoreVersion" = "scoreVersion" + 1
          WHERE id = (SELECT id FROM "Attempt" WHERE "assignmentId" = $1 AND "questionSetId" = $2 AND status = 'SUBMITTED' ORDER BY id LIMIT 1)`,
        [assignmentId, questionSetId],
      )
    },
    async forgetStored() {
      await execute(`DELETE FROM "AnalysisSnapshot"`, [])
    },
  }
}
