import { z } from 'zod'

export const zClassName = z
  .string({ error: 'Give the class a name.' })
  .trim()
  .min(1, 'Give the class a name.')
  .max(120, 'Class names can be at most 120 characters.')
export const zTerm = z
  .string({ error: 'Give the term, e.g. Spring 2027.' })
  .trim()
  .min(1, 'Give the term, e.g. Spring 2027.')
  .max(60, 'Terms can be at most 60 characters.')

export const ZClassDetails = z.strictObject({ name: zClassName, term: zTerm })
export type TClassDetails = z.infer<typeof ZClassDetails>
