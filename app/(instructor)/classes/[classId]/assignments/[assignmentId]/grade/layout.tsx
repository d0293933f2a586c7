import type { ReactNode } from 'react'
import { GradingActionsProvider } from '@/components/review/grading/grading-actions'
import {
  annotateAction,
  commentAction,
  deleteAnnotationAction,
  editAnnotationAction,
  editRubricAction,
  gradeAction,
  regradeQuestionAction,
  saveToBankAction,
  searchBankAction,
} from './actions'

/** Every grading screen's client components get their server actions from here, not by import. */
export default function GradingLayout({ children }: { children: ReactNode }) {
  return (
    <GradingActionsProvider
      actions={{
        grade: gradeAction,
        comment: commentAction,
        annotate: annotateAction,
        editAnnotation: editAnnotationAction,
        deleteAnnotation: deleteAnnotationAction,
        saveToBank: saveToBankAction,
        searchBank: searchBankAction,
        editRubric: editRubricAction,
        regradeQuestion: regradeQuestionAction,
      }}
    >
      {children}
    </GradingActionsProvider>
  )
}
