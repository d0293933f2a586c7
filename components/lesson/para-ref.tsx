import { Fragment } from 'react'
import { LessonLink } from './lesson-link'
import { paragraphHref } from '@/lib/content/paths'

/**
 * "¶7" as a link to that paragraph of the record. `inPage` keeps it a plain fragment link when
 * the record is the page being read.
 */
export function ParaRef({ slug, id, inPage = false }: { slug: string; id: string; inPage?: boolean }) {
  return <LessonLink href={paragraphHref(slug, id, inPage)}>{`¶${id.slice(1)}`}</LessonLink>
}

/** "¶5, ¶6, ¶11" — a list of paragraph links. */
export function ParaRefs({ slug, ids, inPage = false }: { slug: string; ids: string[]; inPage?: boolean }) {
  return ids.map((id, i) => (
    <Fragment key={id}>
      {i > 0 && ', '}
      <ParaRef slug={slug} id={id} inPage={inPage} />
    </Fragment>
  ))
}
