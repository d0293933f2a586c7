import { z } from 'zod'
import { zKebabId } from '@/lib/content/schemas'

/** One beat from the reader: a section of a lesson was open and read for `seconds`. */
export const ZReadingBeat = z
  .object({
    lessonSlug: zKebabId,
    sectionId: z
      .string()
      .max(120)
      .regex(/^(?:[a-z]+|essay:[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'must be a section id like “record” or “essay:<slug>”'),
    seconds: z.number().int().min(0).max(3600),
    // The record's parts (guide section ids) in view for those seconds; see reading-tracker.ts.
    parts: z.record(zKebabId, z.number().int().min(0).max(3600)).optional(),
  })
  .strict()

export type TReadingBeat = z.infer<typeof ZReadingBeat>
