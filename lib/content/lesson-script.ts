import path from 'node:path'
import { build } from 'esbuild'

// A build step, not a component: the static lesson pages' behaviour (components/lesson/reader/
// browser) bundled into one small script, inlined in each page. The pages load no framework
// JavaScript, so there is no bundler output to link to. Runs at build time, from getStaticProps
// and from next.config.ts (which hashes it for the Content-Security-Policy); every page gets this
// same script, so one hash allows all of them, and it is bundled once per build worker.

const ENTRY = path.join(process.cwd(), 'components', 'lesson', 'reader', 'browser', 'index.ts')

let bundled: Promise<string> | null = null

export function lessonScript(): Promise<string> {
  bundled ??= bundle()
  return bundled
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  })
  // Inlined in <script>: a "</script" inside a string would end it early.
  return result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script')
}
