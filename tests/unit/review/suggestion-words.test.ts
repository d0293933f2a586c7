import { suggestionWords } from '@/lib/review/grading/suggestion-words'

describe('a suggested score says what it rests on', () => {
  it('names the expected phrases and the points out of which, even when it suggests 0', () => {
    expect(suggestionWords(0, 4)).toBe('expected phrases suggest 0 / 4')
    expect(suggestionWords(2.6666666, 4)).toBe('expected phrases suggest 2.67 / 4')
  })

  it('shows nothing for a question with no expected phrases', () => {
    expect(suggestionWords(null, 4)).toBeNull()
  })
})
