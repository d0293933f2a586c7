import { compile } from '@mdx-js/mdx'
import type { ComponentType } from 'react'

// Compiles an essay's MDX to JavaScript, at build time (getStaticProps of the essay page); the
// page runs it when it renders (run-essay.ts). Only files from content/ ever reach this: MDX is
// code, and student or instructor text is never compiled (it renders as plain text).

export interface EssayComponents {
  WhyItMatters: ComponentType<{ children?: React.ReactNode }>
  ParaLink: ComponentType<{ id: string }>
  Term: ComponentType<{ id: string; children?: React.ReactNode }>
}

export type EssayContent = ComponentType<{ components: EssayComponents }>

/** The essay as the body of a function that takes React's JSX runtime (see run-essay.ts). */
export async function compileEssay(source: string): Promise<string> {
  return String(await compile(source, { outputFormat: 'function-body' }))
}
