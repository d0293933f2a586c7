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

export async function compileEssay(source: string): Promise<EssayContent> {
  const { default: Content } = await evaluate(source, { ...runtime, baseUrl: import.meta.url })
  return Content as unknown as EssayContent
}
