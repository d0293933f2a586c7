import { validateLesson } from '@/lib/content/validate-lesson'
import { lessonFiles, lineIn, withEdit } from './lesson-fixture'

const errorsOf = async (files: ReturnType<typeof lessonFiles>) => (await validateLesson(files)).filter((issue) => issue.severity === 'error')

describe('the content check', () => {
  it('passes the lesson as written', async () => {
    expect(await errorsOf(lessonFiles())).toEqual([])
  })

  it('fails on an essay link to a paragraph that does not exist, naming the essay file and line', async () => {
    const file = 'essays/03-vladivostok-and-the-soviet-withdrawal.mdx'
    const files = withEdit(file, '<ParaLink id="p17" />', '<ParaLink id="p71" />')
    const errors = await errorsOf(files)
    expect(errors).toEqual([{ file, line: lineIn(files, file, 'p71'), severity: 'error', message: '<ParaLink id="p71"> points at no paragraph of the record' }])
  })

  it('fails on a glossary term an essay uses but the glossary lacks', async () => {
    const file = 'essays/01-mongolia-between-moscow-and-beijing.mdx'
    const errors = await errorsOf(withEdit(file, '<Term id="zhukov">', '<Term id="zhukov-georgy">'))
    expect(errors.map((e) => [e.file, e.message])).toEqual([[file, '<Term id="zhukov-georgy"> is not in glossary.json']])
  })

  it('fails when a note’s anchor is not in its paragraph, naming the note’s line', async () => {
    const files = withEdit('annotations.json', '"anchor": "a one-on-one conversation"', '"anchor": "a one-to-one conversation"')
    const errors = await errorsOf(files)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ file: 'annotations.json', line: lineIn(files, 'annotations.json', 'a one-to-one conversation') })
    expect(errors[0].message).toMatch(/n05: anchor “a one-to-one conversation” occurs 0 times in p1/)
  })

  it('fails when a note’s anchor occurs more than once in its paragraph', async () => {
    // "Kim Il Sung" occurs twice in ¶1.
    const errors = await errorsOf(withEdit('annotations.json', '"anchor": "a one-on-one conversation"', '"anchor": "Kim Il Sung"'))
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/occurs 2 times in p1; it must occur exactly once/)])
  })

  it('fails on a timeline event tied to an essay that does not exist', async () => {
    const files = withEdit('timeline.json', /("essays": \[\s*)"mongolia-between-moscow-and-beijing"/, '$1"mongolia-and-moscow"')
    const errors = await errorsOf(files)
    expect(errors.map((e) => [e.file, e.line, e.message])).toEqual([
      ['timeline.json', lineIn(files, 'timeline.json', 'mongolia-and-moscow'), 'mongolian-revolution-1921: essay “mongolia-and-moscow” does not exist'],
    ])
  })

  it('fails on a timeline event marked verified that cites no source, naming its certainty line', async () => {
    // The last event, Kim's death, is unsourced and rightly "approximate"; calling it verified must fail.
    const files = withEdit('timeline.json', /"sources": \[\],\n    "certainty": "approximate"\n  \}\n\]/, '"sources": [],\n    "certainty": "verified"\n  }\n]')
    const errors = await errorsOf(files)
    const line = files.files['timeline.json'].split('\n').findLastIndex((l) => l.includes('"certainty": "verified"')) + 1
    expect(errors).toEqual([
      { file: 'timeline.json', line, severity: 'error', message: 'kim-il-sung-dies is marked verified but cites no source; cite one or mark it approximate' },
    ])
  })

  it('fails on a citation key that sources.json does not define', async () => {
    const errors = await errorsOf(withEdit('glossary.json', '"LAT86b",', '"LAT86z",'))
    expect(errors.map((e) => e.message)).toEqual(['batmunkh: source key LAT86z is not in sources.json'])
  })

  it('fails on a glossary entry that points at a paragraph that does not exist', async () => {
    const errors = await errorsOf(withEdit('glossary.json', '"p25"\n    ],\n    "sources": [\n      "RECORD",\n      "LAT86b"', '"p29"\n    ],\n    "sources": [\n      "RECORD",\n      "LAT86b"'))
    expect(errors.map((e) => e.message)).toEqual(['batmunkh: paragraph p29 does not exist'])
  })

  it('fails when a paragraph of the record no longer matches the source, even by one letter', async () => {
    // The slip "along our order" must stay as the translators published it.
    const files = withEdit('record.json', 'along our order', 'along our border')
    const errors = await errorsOf(files)
    expect(errors[0]).toMatchObject({ file: 'record.json', line: lineIn(files, 'record.json', 'along our border') })
    expect(errors[0].message).toMatch(/^p15 differs at character \d+/)
  })

  it('fails when a translators’ bracket is dropped from the record', async () => {
    const errors = await errorsOf(withEdit('record.json', 'the endless [escalation]', 'the endless escalation'))
    expect(errors.some((e) => e.file === 'record.json' && /^p15 differs/.test(e.message))).toBe(true)
  })

  it('fails when the heading no longer matches the source', async () => {
    const errors = await errorsOf(withEdit('record.json', '"heading": "On reception', '"heading": "On the reception'))
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^heading differs/)])
  })

  it('fails an essay shorter than 900 words', async () => {
    const file = 'essays/05-non-aligned-movement-and-the-dprk.mdx'
    const files = lessonFiles()
    const body = files.files[file]
    // Keep meta, the first paragraph, the WhyItMatters box and the closing line.
    const kept = [body.slice(0, body.indexOf('## ')), body.slice(body.indexOf('<WhyItMatters>'))].join('')
    files.files[file] = kept
    const errors = await errorsOf(files)
    expect(errors.map((e) => [e.file, e.message])).toEqual([[file, expect.stringMatching(/^the body has \d{3} words; essays have 900–1600$/)]])
  })

  it('fails a lesson with fewer than 40 notes', async () => {
    const files = lessonFiles()
    const notes = JSON.parse(files.files['annotations.json']) as unknown[]
    files.files['annotations.json'] = JSON.stringify(notes.slice(0, 39), null, 2)
    const errors = await errorsOf(files)
    expect(errors.map((e) => e.message)).toEqual(['has 39 notes; the lesson needs at least 40'])
  })

  it('reports a malformed file by its line and stops before cross-checking', async () => {
    const files = withEdit('timeline.json', '"certainty": "verified"', '"certainty": "likely"')
    const errors = await errorsOf(files)
    expect(errors).toEqual([
      { file: 'timeline.json', line: lineIn(files, 'timeline.json', '"certainty": "likely"'), severity: 'error', message: expect.stringMatching(/^1\.certainty: /) },
    ])
  })

  it('reports an essay component the format does not allow', async () => {
    const file = 'essays/02-north-korea-between-moscow-and-beijing.mdx'
    const errors = await errorsOf(withEdit(file, /<Term id="dprk">([^<]*)<\/Term>/, '<Gloss id="dprk">$1</Gloss>'))
    expect(errors.map((e) => e.message)).toEqual(['<Gloss> is not an essay component (use WhyItMatters, ParaLink, Term)'])
  })

  it('fails on a map whose phone focus band runs east to west', async () => {
    const errors = await errorsOf(withEdit('map.json', /"phoneFocus": \{[^}]*\}/, '"phoneFocus": { "from": 0.9, "to": 0.4 }'))
    expect(errors.map((e) => [e.file, e.message])).toEqual([['map.json', expect.stringContaining('phoneFocus.from must be west of phoneFocus.to')]])
  })
})
