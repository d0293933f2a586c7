import { z } from 'zod'

// Dates arrive as UTC ISO strings: the action converts what the instructor typed in their own time
// zone (lib/time/zoned-time.ts) before this schema sees it.
const zInstant = z.iso.datetime({ offset: true, error: 'Enter a valid date and time.' }).transform((s) => new Date(s))

export const ZAssignmentInput = z
  .strictObject({
    title: z.string().trim().min(1, 'Give the assignment a title.').max(160, 'Titles can be at most 160 characters.'),
    lessonSlug: z.string().min(1).max(80),
    requiredParts: z.array(z.string().max(120)).max(20).default([]),
    questionSetIds: z.array(z.string().max(80)).max(20).default([]),
    opensAt: zInstant,
    dueAt: zInstant,
    lateCutoffAt: zInstant.nullable().default(null),
    latePolicy: z.enum(['CLOSE', 'ACCEPT_WITH_PENALTY'], { error: 'Choose a late policy.' }),
    latePenaltyPercentPerDay: z.coerce
      .number({ error: 'The penalty must be a whole number of percent.' })
      .int('The penalty must be a whole number of percent.')
      .min(0, 'The penalty cannot be negative.')
      .max(100, 'The penalty is at most 100% a day.')
      .default(0),
    attemptsAllowed: z.coerce
      .number({ error: 'Attempts must be a whole number.' })
      .int('Attempts must be a whole number.')
      .min(1, 'Allow at least one attempt.')
      .max(10, 'Allow at most 10 attempts.'),
    timeLimitMinutes: z.coerce
      .number({ error: 'The time limit must be a whole number of minutes.' })
      .int('The time limit must be a whole number of minutes.')
      .min(1, 'A time limit must be at least 1 minute.')
      .max(600, 'A time limit can be at most 600 minutes.')
      .nullable()
      .default(null),
    feedbackRelease: z.enum(['ON_SUBMIT', 'AFTER_DUE', 'MANUAL'], { error: 'Choose when feedback is released.' }),
    // Absent means the safe default: the key never helps a later attempt (lib/quiz/answer-key-visibility.ts).
    answerKeyRelease: z
      .enum(['AFTER_LAST_ATTEMPT_OR_CLOSE', 'AFTER_CLOSE', 'WITH_FEEDBACK'], { error: 'Choose when students see the correct answers.' })
      .default('AFTER_LAST_ATTEMPT_OR_CLOSE'),
  })
  .superRefine((a, ctx) => {
    if (a.dueAt <= a.opensAt) ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'The due date must be after the opening date.' })
    if (a.latePolicy === 'ACCEPT_WITH_PENALTY' && !a.lateCutoffAt) {
      ctx.addIssue({ code: 'custom', path: ['lateCutoffAt'], message: 'Give a cutoff for late work, or choose to close at the due date.' })
    }
    if (a.lateCutoffAt && a.lateCutoffAt <= a.dueAt)
      ctx.addIssue({ code: 'custom', path: ['lateCutoffAt'], message: 'The late cutoff must be after the due date.' })
    if (a.requiredParts.length === 0 && a.questionSetIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['requiredParts'], message: 'Choose at least one part to read or one quiz.' })
    }
  })
export type TAssignmentInput = z.infer<typeof ZAssignmentInput>

export const ZAccommodationInput = z.strictObject({
  studentId: z.string().min(1).max(64),
  opensAt: zInstant.nullable().default(null),
  dueAt: zInstant.nullable().default(null),
  lateCutoffAt: zInstant.nullable().default(null),
  timeMultiplier: z.coerce
    .number({ error: 'The time multiplier must be a number like 1.5.' })
    .min(1, 'The time multiplier is at least 1.')
    .max(5, 'The time multiplier is at most 5.'),
})
