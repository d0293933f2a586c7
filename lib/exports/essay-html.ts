import { runSync } from '@mdx-js/mdx'
import { compileEssay } from '@/lib/content/compile-essay'
import { Fragment, html, jsx, jsxs, Markup } from './html-runtime'

// Pure (no database; MDX from content/ only, as the reader): an essay's body as static HTML for a
// page outside Lectern. The same compiled MDX as the essay page, run with an HTML-text runtime and
// the three essay components drawn as plain links and an aside: a glossary term links to its entry
// on the glossary page, a paragraph reference to that paragraph of the record page.

export interface EssayLinks {
  /** The record page's file name, relative to the essay's, e.g. "record.html". */
  record: string
  /** The glossary page's file name; terms link to `#<entry id>` on it. */
  glossary: string
}

type Children = { children?: unknown }

export async function essayHtml(source: string, links: EssayLinks): Promise<string> {
  const code = await compileEssay(source)
  // The runtime's types are React's; this one makes Markup, which is all the essay's code passes on.
  const runtime = { Fragment, jsx, jsxs } as unknown as Parameters<typeof runSync>[1]
  const Content = runSync(code, runtime).default as unknown as (props: { components: Record<string, unknown> }) => unknown
  const components = {
    WhyItMatters: ({ children }: Children) =>
      jsxs('aside', {
        className: 'why',
        children: [jsx('p', { className: 'why-title', children: 'Why this matters for the record' }), children],
      }),
    ParaLink: ({ id }: { id: string }) => jsx('a', { href: `${links.record}#${id}`, children: `¶${id.slice(1)}` }),
    Term: ({ id, children }: Children & { id: string }) => jsx('a', { href: `${links.glossary}#${id}`, className: 'term', children }),
  }
  const body = Content({ components })
  if (!(body instanceof Markup)) throw new Error('the essay did not render to markup')
  return html(body)
}
