import { questionLabel, questionNumbers } from '@/lib/quiz/question-number'

const set = [{ id: 'q-a' }, { id: 'q-b' }, { id: 'q-c' }]

describe('stable question numbers', () => {
  it('a question’s number is its position in the set as authored, whatever order an attempt shows', () => {
    expect(questionNumbers(set)).toEqual({ 'q-a': 1, 'q-b': 2, 'q-c': 3 })
    expect(questionNumbers(set, ['q-c', 'q-a', 'q-b'])).toEqual({ 'q-a': 1, 'q-b': 2, 'q-c': 3 })
  })

  it('questions an attempt showed that the set has since dropped follow the last number, by id, each once', () => {
    expect(questionNumbers(set, ['q-z', 'q-b', 'q-y', 'q-z'])).toEqual({ 'q-a': 1, 'q-b': 2, 'q-c': 3, 'q-y': 4, 'q-z': 5 })
  })

  it('the short label is Q and the number', () => {
    expect(questionLabel(7)).toBe('Q7')
  })
})
