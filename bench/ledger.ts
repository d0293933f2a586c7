// What the virtual students sent and what the server acknowledged, per (attempt, question): the
// record the database is checked against after the run.

export interface ResponseRecord {
  attemptId: string
  questionId: string
  /** Every answer sent, by seq — acknowledged or not (a timed-out save may still have been written). */
  sent: Map<number, unknown>
  /** The highest seq the server answered `saved` for; 0 if none. */
  ackedSeq: number
}

export class Ledger {
  readonly records = new Map<string, ResponseRecord>()

  private recordFor(attemptId: string, questionId: string): ResponseRecord {
    const key = `${attemptId}/${questionId}`
    let record = this.records.get(key)
    if (!record) this.records.set(key, (record = { attemptId, questionId, sent: new Map(), ackedSeq: 0 }))
    return record
  }

  sent(attemptId: string, questionId: string, seq: number, answer: unknown): void {
    this.recordFor(attemptId, questionId).sent.set(seq, answer)
  }

  acknowledged(attemptId: string, questionId: string, seq: number): void {
    const record = this.recordFor(attemptId, questionId)
    record.ackedSeq = Math.max(record.ackedSeq, seq)
  }
}
