import { nextLinkOf } from '@/lib/lti/nrps/link-header'

const BASE = 'https://lms.example.edu/api/lti/courses/7/names_and_roles'

describe('nextLinkOf (RFC 8288 Link header, as NRPS pages member lists)', () => {
  it('finds the next link among several, whichever place it has', () => {
    const header =
      '<https://lms.example.edu/p?page=1>; rel="current", <https://lms.example.edu/p?page=2>; rel="next", <https://lms.example.edu/p?page=1>; rel="first", <https://lms.example.edu/p?page=9>; rel="last"'
    expect(nextLinkOf(header, BASE)).toBe('https://lms.example.edu/p?page=2')
  })

  it('accepts an unquoted rel, any case, extra spaces and other parameters', () => {
    expect(nextLinkOf('<https://x.test/a?b=1>;rel=next', BASE)).toBe('https://x.test/a?b=1')
    expect(nextLinkOf('<https://x.test/a> ; title="Page, two" ; REL = "Next"', BASE)).toBe('https://x.test/a')
  })

  it('reads one of several relation types in one rel', () => {
    expect(nextLinkOf('<https://x.test/last>; rel="next last"', BASE)).toBe('https://x.test/last')
  })

  it('keeps commas inside the URL and in quoted parameters from splitting links', () => {
    const header = '<https://x.test/p?ids=1,2>; rel="prev"; title="a, b", <https://x.test/p?ids=3,4>; rel="next"'
    expect(nextLinkOf(header, BASE)).toBe('https://x.test/p?ids=3,4')
  })

  it('resolves a relative next link against the page that sent it', () => {
    expect(nextLinkOf('</api/lti/courses/7/names_and_roles?page=2>; rel="next"', BASE)).toBe(`${BASE}?page=2`)
  })

  it('is null with no header, no next link, or a rel that only contains "next" as part of a word', () => {
    expect(nextLinkOf(null, BASE)).toBeNull()
    expect(nextLinkOf('', BASE)).toBeNull()
    expect(nextLinkOf('<https://x.test/1>; rel="first", <https://x.test/9>; rel="last"', BASE)).toBeNull()
    expect(nextLinkOf('<https://x.test/2>; rel="nextpage"', BASE)).toBeNull()
    expect(nextLinkOf('https://x.test/2; rel="next"', BASE)).toBeNull()
  })
})
