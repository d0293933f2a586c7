'use client'
import { useEffect } from 'react'
import { useSignedInUser } from '@/components/layout/use-signed-in-user'
import { browserEnvironment, sendBeat } from './reading-browser'
import { startReadingTracker } from './reading-tracker'

// Records a signed-in student's time on one section of a lesson. Anonymous readers and staff send
// nothing (the server keeps students' reading only).
export function ReadingBeacon({ lessonSlug, sectionId }: { lessonSlug: string; sectionId: string }) {
  const session = useSignedInUser()
  const isStudent = session.status === 'signed-in' && session.user.role === 'STUDENT'
  useEffect(() => {
    if (!isStudent) return
    return startReadingTracker({ lessonSlug, sectionId, send: sendBeat, env: browserEnvironment })
  }, [isStudent, lessonSlug, sectionId])
  return null
}
