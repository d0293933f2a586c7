/**
 * A link between the pages of a lesson: a plain anchor, not next/link. The reader links some two
 * hundred times to the essays, glossary and sources; as client components each of those links
 * cost hydration time on a phone, while the pages they open are prerendered and load fast
 * anyway.
 */
export function LessonLink(props: React.ComponentProps<'a'> & { href: string }) {
  return <a {...props} />
}
