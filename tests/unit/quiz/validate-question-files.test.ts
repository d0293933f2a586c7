import fs from 'node:fs'
import path from 'node:path'
import { validateQuestionFiles } from '@/lib/quiz/validate-question-files'

const dir = path.join(process.cwd(), 'content/lessons/batmunkh-kim-1986')
function lessonFiles(): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of ['record.json', 'sentences.json', ...fs.readdirSync(path.join(dir, 'questions')).map((f) => `questions/${f}`)]) {
    files[name] = fs.readFileSync(path.join(dir, name), 'utf8')
  }
  return files
}

describe('the question-set content check', () => {
  it('passes the real question sets and sentences', () => {
    expect(validateQuestionFiles(lessonFiles())).toEqual([])
  })

  it('names the file, line, question and field of a schema error', () => {
    const files = lessonFiles()
    const name = Object.keys(files).find((f) => f.endsWith('comprehension.json'))!
    files[name] = files[name].replace('"skill": "comprehension"', '"skill": "guesswork"')
    const [problem] = validateQuestionFiles(files)
    expect(problem.file).toBe(name)
    expect(problem.message).toMatch(/question “comp-[a-z-]+”, field questions\.\d+\.skill/)
    expect(problem.line).toBeGreaterThan(1)
  })

  it('rejects a key that points at a choice that does not exist', () => {
    const files = lessonFiles()
    const name = Object.keys(files).find((f) => f.endsWith('comprehension.json'))!
    files[name] = files[name].replace('"correct": "agreed"', '"correct": "nonexistent"')
    expect(validateQuestionFiles(files).map((p) => p.message)).toContain(
      'question “comp-soviet-troops”: correct “nonexistent” is not a choice',
    )
  })

  it('rejects an evidence key naming a sentence that does not exist', () => {
    const files = lessonFiles()
    const name = Object.keys(files).find((f) => f.endsWith('evidence-and-argument.json'))!
    const set = JSON.parse(files[name])
    set.questions.find((q: { type: string }) => q.type === 'evidence').accepted.push('p6.s99')
    files[name] = JSON.stringify(set, null, 2)
    expect(validateQuestionFiles(files).some((p) => /unknown sentences p6\.s99/.test(p.message))).toBe(true)
  })

  it('rejects sentences that no longer join back to the record', () => {
    const files = lessonFiles()
    files['sentences.json'] = files['sentences.json'].replace('Truth confirms itself.', 'Truth confirms itself!')
    expect(validateQuestionFiles(files).some((p) => p.file === 'sentences.json' && /p28/.test(p.message))).toBe(true)
  })
})
