import { renderToStaticMarkup } from 'react-dom/server'
import { ResponseFilters } from '@/components/review/grading/response-filters'
import type { ResponsePage } from '@/lib/review/grading/response-page'

const view = { path: '/classes/c/assignments/a/grade/q', isGrouped: false, onlyUngraded: false }
const pageWith = (distinctAnswers: number): ResponsePage => ({
  items: [],
  page: 1,
  pages: 1,
  total: 0,
  first: 0,
  last: 0,
  counts: { students: 3, answered: 3, graded: 0, distinctAnswers },
})

describe('the grouping switch shows only where answers can be grouped', () => {
  it('offers "Group identical answers" for written answers with text to compare', () => {
    expect(renderToStaticMarkup(<ResponseFilters view={view} shown={pageWith(2)} />)).toContain('Group identical answers (2 distinct)')
  })

  it('never says "(0 distinct)": choices and selected sentences have nothing to group', () => {
    const html = renderToStaticMarkup(<ResponseFilters view={view} shown={pageWith(0)} />)
    expect(html).not.toContain('Group identical answers')
    expect(html).toContain('Not yet graded')
  })
})
