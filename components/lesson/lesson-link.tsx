import Link from 'next/link'

/**
 * A link between the pages of a lesson. Never prefetched: the reader alone links dozens of times
 * to the essays, glossary and sources, and fetching them all ahead would cost a phone far more
 * than the faster click is worth. Navigation stays client-side.
 */
export function LessonLink(props: React.ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />
}
