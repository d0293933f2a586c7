import type { Metadata, Viewport } from 'next'
import { connection } from 'next/server'
import { SiteFrame } from '@/components/layout/site-frame'
import { siteLessonSlug } from '@/lib/content/site-lesson'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Lectern', template: '%s · Lectern' },
  description: 'Teach with a primary source: an annotated record, context essays, quizzes and feedback.',
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbf8f2' },
    { media: '(prefers-color-scheme: dark)', color: '#1c1d1f' },
  ],
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every App Router page renders per request, so that its scripts carry this request's CSP nonce
  // (proxy.ts, decision 012). A prerendered page would have none, and its scripts would not run.
  await connection()
  return (
    <html lang="en">
      <body>
        <SiteFrame lessonSlug={siteLessonSlug()}>{children}</SiteFrame>
      </body>
    </html>
  )
}
