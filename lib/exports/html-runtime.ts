import { esc } from './xml'

// Pure: a JSX runtime whose elements are HTML text, for running a compiled essay (MDX) outside
// React. react-dom/server cannot be imported where route handlers run (its react-server build
// throws), and an exported page needs none of React's output anyway: only the markup. Text is
// escaped on the way in, so the essays' words cannot become markup.

/** Markup already made safe; anything else a child may be is text. */
export class Markup {
  constructor(readonly html: string) {}
}

const VOID = new Set(['br', 'hr', 'img'])
// The JSX names MDX uses for attributes, and their HTML names.
const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for' }

type Props = Record<string, unknown> & { children?: unknown }
type Component = (props: Props) => unknown

export const Fragment = Symbol.for('lectern.html-fragment')

function childHtml(child: unknown): string {
  if (child === null || child === undefined || typeof child === 'boolean') return ''
  if (child instanceof Markup) return child.html
  if (Array.isArray(child)) return child.map(childHtml).join('')
  return esc(String(child))
}

function attributes(props: Props): string {
  return Object.entries(props)
    .filter(([name, value]) => name !== 'children' && (typeof value === 'string' || typeof value === 'number'))
    .map(([name, value]) => ` ${ATTRIBUTE_NAMES[name] ?? name}="${esc(value as string | number)}"`)
    .join('')
}

export function jsx(type: string | Component | typeof Fragment, props: Props): Markup {
  if (type === Fragment) return new Markup(childHtml(props.children))
  if (typeof type === 'function') return new Markup(childHtml(type(props)))
  if (!/^[a-z][a-z0-9]*$/.test(type)) throw new Error(`not an HTML element: ${type}`)
  if (VOID.has(type)) return new Markup(`<${type}${attributes(props)}>`)
  return new Markup(`<${type}${attributes(props)}>${childHtml(props.children)}</${type}>`)
}

export const jsxs = jsx

/** An element's markup, for callers building pages around it. */
export const html = (value: unknown) => childHtml(value)
