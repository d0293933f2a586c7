import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { lessonFiles, SLUG } from './lesson-fixture'

// `npm run content:check` itself, run on a copy of the lesson in a temporary folder: it exits 0 on
// the lesson as written and non-zero, naming file and line, on a broken reference.

const root = process.cwd()

function runCheck(edit?: (files: Record<string, string>) => void) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'))
  try {
    const { files } = lessonFiles()
    edit?.(files)
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(dir, 'content', 'lessons', SLUG, name)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, text)
    }
    return spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'content-check.ts')], { cwd: dir, encoding: 'utf8' })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('npm run content:check', () => {
  it('exits 0 on the lesson as written', () => {
    const run = runCheck()
    expect(run.stdout).toMatch(/1 lesson\(s\), 0 error\(s\)/)
    expect(run.status).toBe(0)
  }, 30_000)

  it('exits non-zero on a broken paragraph reference and prints where it is', () => {
    const run = runCheck((files) => {
      const file = 'essays/04-vietnam-kampuchea-three-obstacles.mdx'
      files[file] = files[file].replace('<ParaLink id="p23" />', '<ParaLink id="p32" />')
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/content\/lessons\/batmunkh-kim-1986\/essays\/04-vietnam-kampuchea-three-obstacles\.mdx:\d+: error: <ParaLink id="p32"> points at no paragraph/)
  }, 30_000)

  it('exits non-zero on a question whose key names a choice that does not exist, and prints where it is', () => {
    const run = runCheck((files) => {
      const file = 'questions/02-comprehension.json'
      files[file] = files[file].replace('"correct": "agreed"', '"correct": "no-such-choice"')
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/content\/lessons\/batmunkh-kim-1986\/questions\/02-comprehension\.json:\d+: error: question “comp-soviet-troops”: correct “no-such-choice” is not a choice/)
    expect(run.stdout).toMatch(/1 lesson\(s\), 1 error\(s\)/)
  }, 30_000)
})
