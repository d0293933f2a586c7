import 'server-only'
import { AppError } from '@/lib/errors'
import { lessonCatalog } from '@/lib/content/catalog'
import type { TAssignmentInput } from './schemas'

/** Parts and question sets must exist in the chosen lesson; names the first unknown one. */
export async function validateAgainstCatalog(input: TAssignmentInput): Promise<void> {
  const catalog = await lessonCatalog(input.lessonSlug)
  if (!catalog) throw new AppError('BAD_INPUT', `Unknown lesson “${input.lessonSlug}”.`, { lessonSlug: ['Choose a lesson from the list.'] })
  const badPart = input.requiredParts.find((p) => !catalog.parts.some((c) => c.id === p))
  if (badPart)
    throw new AppError('BAD_INPUT', `Unknown part of the lesson: “${badPart}”.`, { requiredParts: [`Unknown part “${badPart}”.`] })
  const badSet = input.questionSetIds.find((id) => !catalog.questionSets.some((s) => s.id === id))
  if (badSet)
    throw new AppError('BAD_INPUT', `Unknown question set: “${badSet}”.`, { questionSetIds: [`Unknown question set “${badSet}”.`] })
}
