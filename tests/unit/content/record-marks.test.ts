import { findSpeakerMark, markParagraph, nodeText, type RecordNode } from '@/lib/content/record-marks'

const kinds = (nodes: RecordNode[]): string[] => nodes.flatMap((node) => (node.kind === 'text' ? [] : [`${node.kind}:${nodeText(node.children)}`, ...kinds(node.children)]))

describe('marking a paragraph of the record', () => {
  const aliases = [
    { alias: 'China', termId: 'prc' },
    { alias: 'Kim Il Sung', termId: 'kim-il-sung' },
    { alias: 'USSR', termId: 'ussr' },
  ]

  it('links only the first occurrence of each glossary term in a paragraph', () => {
    const text = 'China and the USSR; China again.'
    expect(kinds(markParagraph({ text, isTurnStart: false, notes: [], aliases }))).toEqual(['term:China', 'term:USSR'])
  })

  it('never links a term inside the speaker’s name, and labels the speaker at the start of a turn', () => {
    const text = 'Kim Il Sung: I met Kim Il Sung’s friends in China.'
    expect(kinds(markParagraph({ text, isTurnStart: true, notes: [], aliases }))).toEqual(['speaker:Kim Il Sung', 'term:Kim Il Sung', 'term:China'])
    expect(findSpeakerMark('J. Batmunkh – Yes.')).toEqual({ kind: 'speaker', start: 0, end: 'J. Batmunkh'.length })
  })

  it('nests a term inside a note anchor, but never a note anchor inside a term', () => {
    const text = 'They met in China in 1986.'
    const inside = markParagraph({ text, isTurnStart: false, notes: [{ id: 'n1', anchor: 'met in China' }], aliases })
    expect(kinds(inside)).toEqual(['note:met in China', 'term:China'])
    const across = markParagraph({ text, isTurnStart: false, notes: [{ id: 'n1', anchor: 'China in 1986' }], aliases: [{ alias: 'in China', termId: 'x' }] })
    expect(kinds(across)).toEqual(['note:China in 1986'])
  })

  it('marks insertions, elisions and asides, and keeps the text intact', () => {
    const text = 'We [the party] agreed. […] (He said it twice) [...]'
    const nodes = markParagraph({ text, isTurnStart: false, notes: [{ id: 'n1', anchor: 'We [the party] agreed' }], aliases })
    expect(kinds(nodes)).toEqual(['note:We [the party] agreed', 'insertion:[the party]', 'elision:[…]', 'aside:(He said it twice)', 'elision:[...]'])
    expect(nodeText(nodes)).toBe(text)
  })
})
