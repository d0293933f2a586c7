'use client'
import { createContext, useContext, type ReactNode } from 'react'
import type { ActionState } from '@/lib/errors'
import type { RescoreState } from '@/lib/review/grading/rescore-summary'

// The grading screens' server actions, handed down by the grading layout (app/…/grade/layout.tsx)
// instead of imported from app/: components never reach into a route folder, and a grading
// component rendered outside the layout fails loudly rather than calling an action it was not given.

type Call<R> = (input: Record<string, unknown>) => Promise<R>

export interface GradingActions {
  grade: Call<ActionState>
  comment: Call<ActionState>
  annotate: Call<ActionState>
  editAnnotation: Call<ActionState>
  deleteAnnotation: Call<ActionState>
  saveToBank: Call<ActionState>
  searchBank: (input: { assignmentId: string; questionSetId: string; query: string }) => Promise<{ id: string; body: string }[]>
  editRubric: Call<RescoreState>
  regradeQuestion: Call<RescoreState>
}

const GradingActionsContext = createContext<GradingActions | null>(null)

export function GradingActionsProvider({ actions, children }: { actions: GradingActions; children: ReactNode }) {
  return <GradingActionsContext.Provider value={actions}>{children}</GradingActionsContext.Provider>
}

export function useGradingActions(): GradingActions {
  const actions = useContext(GradingActionsContext)
  if (!actions)
    throw new Error('A grading component was rendered outside GradingActionsProvider (the grading layout gives it its actions).')
  return actions
}
