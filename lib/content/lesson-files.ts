import fs from 'node:fs'
import path from 'node:path'

// A lesson's content files as text, keyed by their path inside the lesson folder
// ("record.json", "essays/01-….mdx", "source/….txt"). Validation and parsing work on this map, so
// tests can check a modified copy in memory without touching content/.

export const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons')

export interface LessonFiles {
  slug: string
  files: Record<string, string>
}

const CONTENT_FILE = /\.(json|mdx|txt)$/

// Paths are spelled out from process.cwd() in each call so that the bundler's file tracing can
// see they stay inside content/lessons.
export function listLessonSlugs(): string[] {
  if (!fs.existsSync(path.join(process.cwd(), 'content', 'lessons'))) return []
  return fs
    .readdirSync(path.join(process.cwd(), 'content', 'lessons'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

export function readLessonFiles(slug: string): LessonFiles {
  const files: Record<string, string> = {}
  for (const relative of fs.readdirSync(path.join(process.cwd(), 'content', 'lessons', slug), { recursive: true, encoding: 'utf8' })) {
    if (!CONTENT_FILE.test(relative)) continue
    files[relative.split(path.sep).join('/')] = fs.readFileSync(path.join(process.cwd(), 'content', 'lessons', slug, relative), 'utf8')
  }
  return { slug, files }
}

/** Essay files sorted by name: "essays/NN-slug.mdx". */
export function essayFileNames(files: Record<string, string>): string[] {
  return Object.keys(files)
    .filter((name) => /^essays\/[^/]+\.mdx$/.test(name))
    .sort()
}

/** "essays/03-vladivostok-and-the-soviet-withdrawal.mdx" → "vladivostok-and-the-soviet-withdrawal". */
export function essaySlugOf(fileName: string): string {
  return path.basename(fileName, '.mdx').replace(/^\d+-/, '')
}
