import { runSync } from '@mdx-js/mdx'
import { createElement, type ReactElement } from 'react'
import * as runtime from 'react/jsx-runtime'
import type { EssayComponents, EssayContent } from './compile-essay'

/**
 * An essay compiled by compileEssay, as an element to render with the lesson's components. Runs
 * while the page renders to static HTML (at build time, on the server): the compiled code travels
 * in the page's props, which a page without the runtime never sends to a browser.
 */
export function essayElement(code: string, components: EssayComponents): ReactElement {
  const Content = runSync(code, runtime).default as unknown as EssayContent
  return createElement(Content, { components })
}
