'use client'
import { useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { useGradingActions } from './grading-actions'
import type { Choice } from '@/lib/review/grading/rubric'

export type GradeChoice = Choice | { score: number; reason: string }

/** Sends one grading action and refreshes the page's data; keeps the last message to announce. */
export function useGrade(assignmentId: string, questionId: string) {
  const router = useRouter()
  const { grade: gradeAction } = useGradingActions()
  const [isPending, startTransition] = useTransition()
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null)
  const grade = (responses: { id: string; version: number }[], choice: GradeChoice, comment?: string) =>
    new Promise<boolean>((resolve) => {
      startTransition(async () => {
        const result = await gradeAction({ assignmentId, questionId, responses, choice, ...(comment ? { comment } : {}) })
        setMessage({ text: result.message ?? (result.ok ? 'Graded.' : 'Not graded.'), isError: !result.ok })
        router.refresh()
        resolve(Boolean(result.ok))
      })
    })
  return { grade, isPending, message }
}
