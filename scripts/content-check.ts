// `npm run content:check`: validates every lesson under content/lessons (and tests/fixtures/lessons with LECTERN_TEST_LESSONS=1) and exits non-zero on any
// error, printing each as path:line: severity: message (the form editors and CI annotate).
import path from 'node:path'
import { lessonDir, listLessonSlugs, readLessonFiles } from '../lib/content/lesson-files'
import { validateLesson } from '../lib/content/validate-lesson'

async function main() {
  const slugs = listLessonSlugs()
  if (slugs.length === 0) throw new Error('no lessons found under content/lessons')
  let errors = 0
  let warnings = 0
  for (const slug of slugs) {
    for (const issue of await validateLesson(readLessonFiles(slug))) {
      const where = path.relative(process.cwd(), path.join(lessonDir(slug)!, issue.file))
      console.error(`${where}:${issue.line}: ${issue.severity}: ${issue.message}`)
      if (issue.severity === 'error') errors++
      else warnings++
    }
  }
  console.log(`content:check — ${slugs.length} lesson(s), ${errors} error(s), ${warnings} warning(s)`)
  if (errors > 0) process.exitCode = 1
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
