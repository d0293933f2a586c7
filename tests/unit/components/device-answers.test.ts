import { deviceAnswers } from '@/components/quiz/device-answers'

/** localStorage as two tabs of one browser share it. */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial))
  return {
    get length() {
      return map.size
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    keys: () => [...map.keys()],
  }
}

describe('answers kept on the device, per tab', () => {
  it('one tab saving its pending answers never removes what another tab of the attempt kept', () => {
    const storage = memoryStorage()
    const tabA = deviceAnswers(storage, 'att1', 'a')
    const tabB = deviceAnswers(storage, 'att1', 'b')
    tabA.store([{ questionId: 'q1', answer: { text: 'typed offline in tab A' }, seq: 10 }])
    tabB.store([{ questionId: 'q2', answer: { text: 'typed in tab B' }, seq: 11 }])
    tabB.store([])
    expect(deviceAnswers(storage, 'att1', 'c').load()).toEqual([{ questionId: 'q1', answer: { text: 'typed offline in tab A' }, seq: 10 }])
  })

  it('loads the newest change of each question from every tab, and from the old single key', () => {
    const storage = memoryStorage({
      'lectern:autosave:att1': JSON.stringify([{ questionId: 'q1', answer: 'old build', seq: 5 }]),
      'lectern:autosave:att1:a': JSON.stringify([{ questionId: 'q1', answer: 'tab A', seq: 9 }]),
      'lectern:autosave:att1:b': JSON.stringify([
        { questionId: 'q1', answer: 'tab B', seq: 7 },
        { questionId: 'q2', answer: 'tab B too', seq: 8 },
      ]),
      'lectern:autosave:att2:a': JSON.stringify([{ questionId: 'q1', answer: 'another attempt', seq: 99 }]),
      'lectern:autosave:att1:c': 'not json',
    })
    const answers = deviceAnswers(storage, 'att1', 'd').load()
    expect(answers.sort((x, y) => x.seq - y.seq).map((p) => p.answer)).toEqual(['tab B too', 'tab A'])
  })

  it('forgets other tabs’ keys once taken over, but not one a live tab rewrote meanwhile', () => {
    const storage = memoryStorage({
      'lectern:autosave:att1:a': JSON.stringify([{ questionId: 'q1', answer: 'closed tab', seq: 9 }]),
      'lectern:autosave:att1:b': JSON.stringify([{ questionId: 'q2', answer: 'live tab', seq: 8 }]),
    })
    const tabC = deviceAnswers(storage, 'att1', 'c')
    tabC.load()
    tabC.store([{ questionId: 'q1', answer: 'closed tab', seq: 9 }])
    storage.setItem('lectern:autosave:att1:b', JSON.stringify([{ questionId: 'q2', answer: 'live tab, newer', seq: 12 }]))
    tabC.forgetOthers()
    expect(storage.keys().sort()).toEqual(['lectern:autosave:att1:b', 'lectern:autosave:att1:c'])
  })
})
