import 'server-only'
import { evaluate } from '@mdx-js/mdx'
import * as runtime from 'react/jsx-runtime'
import type { ComponentType } from 'react'

// Compiles an essay's MDX into a React component, on the server, while pages are prerendered.
// Only files from content/ ever reach this: MDX is code, and student or instructor text is never
// compiled (it renders as plain text).

export interface EssayComponents {
  WhyItMatters: ComponentType<{ children?: React.ReactNode }>
  ParaLink: ComponentType<{ id: string }>
  Term: ComponentType<{ id: string; children?: React.ReactNode }>
}

export type EssayContent = ComponentType<{ components: EssayComponents }>

// Pages render per request (for the CSP nonce, decision 012) but essays change only with a deploy:
// each is compiled once per process.
const compiled = new Map<string, Promise<EssayContent>>()

export function compileEssay(source: string): Promise<EssayContent> {
  let content = compiled.get(source)
  if (!content) {
    content = evaluate(source, { ...runtime, baseUrl: import.meta.url }).then(({ default: Content }) => Content as unknown as EssayContent)
    compiled.set(source, content)
  }
  return content
}
