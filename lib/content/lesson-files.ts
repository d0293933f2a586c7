import fs from 'node:fs'
import path from 'node:path'

// A lesson's content files as text, keyed by their path inside the lesson folder
// ("record.json", "essays/01-….mdx", "source/….txt"). Validation and parsing work on this map, so
// tests can check a modified copy in memory without touching content/. This file is the only
// code that reads lesson folders from disk.

export interface LessonFiles {
  slug: string
  files: Record<string, string>
}

const CONTENT_FILE = /\.(json|mdx|txt)$/

/**
 * The folders lessons are read from: content/lessons always, and tests/fixtures/lessons (lessons
 * that exist only to prove a new lesson needs no code) when LECTERN_TEST_LESSONS=1. The variable is
 * read on every call so tests can set it per process; a build must have it set at build and start
 * time alike. Paths are spelled out from process.cwd() so the bundler's file tracing can see them.
 */
export function lessonRoots(): string[] {
  const roots = [path.join(process.cwd(), 'content', 'lessons')]
  if (process.env.LECTERN_TEST_LESSONS === '1') roots.push(path.join(process.cwd(), 'tests', 'fixtures', 'lessons'))
  return roots
}

function slugsIn(root: string): string[] {
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
}

/** Every lesson's slug (its folder name): content/lessons first, each root sorted. The same slug in two roots is an error. */
export function listLessonSlugs(): string[] {
  const seen = new Map<string, string>()
  for (const root of lessonRoots()) {
    for (const slug of slugsIn(root).sort()) {
      if (seen.has(slug)) throw new Error(`lesson “${slug}” exists in both ${seen.get(slug)} and ${root}`)
      seen.set(slug, root)
    }
  }
  return [...seen.keys()]
}

/** The folder of a lesson, or null when no root has it. */
export function lessonDir(slug: string): string | null {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return null
  for (const root of lessonRoots()) if (slugsIn(root).includes(slug)) return path.join(/*turbopackIgnore: true*/ root, slug)
  return null
}

export function readLessonFiles(slug: string): LessonFiles {
  const dir = lessonDir(slug)
  if (!dir) throw new Error(`no lesson “${slug}” under ${lessonRoots().join(' or ')}`)
  const files: Record<string, string> = {}
  // turbopackIgnore: the folder is known only at run time, so the bundler would otherwise trace the
  // whole project into the server output. Lectern serves from its checkout (npm start), where
  // content/ is on disk; nothing is deployed from the traced output.
  for (const relative of fs.readdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, encoding: 'utf8' })) {
    if (!CONTENT_FILE.test(relative)) continue
    files[relative.split(path.sep).join('/')] = fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, relative), 'utf8')
  }
  return { slug, files }
}

/** Essay files sorted by name: "essays/NN-slug.mdx". */
export function essayFileNames(files: Record<string, string>): string[] {
  return Object.keys(files)
    .filter((name) => /^essays\/[^/]+\.mdx$/.test(name))
    .sort()
}

/** The one essay-slug rule: "essays/03-vladivostok-and-the-soviet-withdrawal.mdx" → "vladivostok-and-the-soviet-withdrawal". */
export function essaySlugOf(fileName: string): string {
  return path.basename(fileName, '.mdx').replace(/^\d+-/, '')
}
