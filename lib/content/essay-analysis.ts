// Reads an essay's MDX syntax tree without running any of it: the `meta` export (which must be a
// plain literal), the components it uses with their lines, and the words of its body. The content
// check uses this; the reader compiles the same file with compile-essay.ts.

export const ESSAY_COMPONENTS = ['WhyItMatters', 'ParaLink', 'Term'] as const

interface Position { start: { line: number } }
interface MdNode {
  type: string
  name?: string | null
  value?: string
  attributes?: { type: string; name?: string; value?: unknown }[]
  children?: MdNode[]
  position?: Position
  data?: { estree?: { body: EsNode[] } }
}
interface EsNode {
  type: string
  loc?: { start: { line: number } }
  [key: string]: unknown
}

export interface EssayComponentUse {
  name: string
  id?: string
  line: number
}

export interface EssayAnalysis {
  meta?: unknown
  metaLine: number
  /** Problems with the MDX itself: syntax, expressions, raw HTML, other exports. */
  problems: { line: number; message: string }[]
  components: EssayComponentUse[]
  wordCount: number
  /** The last block of the body, as plain text: it should be the "Back to the record" line. */
  lastBlockText: string
  lastBlockLine: number
}

/** A literal written in JavaScript syntax (object, array, string, number, boolean) as a value. */
function literalValue(node: EsNode): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value
    case 'ArrayExpression':
      return (node.elements as EsNode[]).map(literalValue)
    case 'ObjectExpression':
      return Object.fromEntries(
        (node.properties as EsNode[]).map((p) => {
          if (p.type !== 'Property' || p.computed) throw new Error('meta may only have plain keys')
          const key = p.key as EsNode
          return [key.type === 'Identifier' ? key.name : String(key.value), literalValue(p.value as EsNode)]
        }),
      )
    case 'TemplateLiteral':
      if ((node.expressions as EsNode[]).length === 0) return (node.quasis as EsNode[]).map((q) => (q.value as { cooked: string }).cooked).join('')
  }
  throw new Error(`meta must be a plain literal, but line ${node.loc?.start.line ?? '?'} has ${node.type}`)
}

function readMeta(esm: MdNode, analysis: EssayAnalysis) {
  for (const statement of esm.data?.estree?.body ?? []) {
    const declaration = statement.declaration as EsNode | undefined
    const declarator = (declaration?.declarations as EsNode[] | undefined)?.[0]
    const id = declarator?.id as EsNode | undefined
    if (statement.type !== 'ExportNamedDeclaration' || id?.name !== 'meta' || !declarator?.init) {
      analysis.problems.push({ line: statement.loc?.start.line ?? 1, message: 'the only import or export allowed is `export const meta = { … }`' })
      continue
    }
    analysis.metaLine = statement.loc?.start.line ?? 1
    try {
      analysis.meta = literalValue(declarator.init as EsNode)
    } catch (error) {
      analysis.problems.push({ line: analysis.metaLine, message: (error as Error).message })
    }
  }
}

const BLOCK_CONTAINERS = new Set(['root', 'list', 'listItem', 'blockquote', 'mdxJsxFlowElement'])

function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? ''
  if (node.type === 'mdxJsxTextElement' && node.name === 'ParaLink') {
    const id = node.attributes?.find((a) => a.name === 'id')?.value
    return typeof id === 'string' ? `¶${id.slice(1)}` : '¶'
  }
  // Blocks are separated by a space so that words at their edges are not run together.
  return (node.children ?? []).map(plainText).join(BLOCK_CONTAINERS.has(node.type) ? ' ' : '')
}

function walk(node: MdNode, analysis: EssayAnalysis) {
  const line = node.position?.start.line ?? 1
  if (node.type === 'mdxjsEsm') return readMeta(node, analysis)
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    analysis.problems.push({ line, message: 'curly-brace expressions are not allowed in essays (write the text out)' })
  } else if (node.type === 'html') {
    analysis.problems.push({ line, message: 'raw HTML is not allowed in essays' })
  } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const id = node.attributes?.find((a) => a.name === 'id')?.value
    const others = node.attributes?.filter((a) => a.name !== 'id' || typeof a.value !== 'string') ?? []
    if (others.length) analysis.problems.push({ line, message: `<${node.name}> takes only a plain id="…" attribute` })
    analysis.components.push({ name: node.name ?? '(fragment)', id: typeof id === 'string' ? id : undefined, line })
  }
  for (const child of node.children ?? []) walk(child, analysis)
}

// Imported when first needed: @mdx-js/mdx is ESM-only, and `tsx` runs scripts/ as CommonJS,
// where only a dynamic import() can load it.
let parser: Promise<{ parse(source: string): unknown }> | undefined
const mdxParser = () => (parser ??= import('@mdx-js/mdx').then(({ createProcessor }) => createProcessor()))

export async function analyzeEssay(source: string): Promise<EssayAnalysis> {
  const analysis: EssayAnalysis = { metaLine: 1, problems: [], components: [], wordCount: 0, lastBlockText: '', lastBlockLine: 1 }
  let tree: MdNode
  try {
    tree = (await mdxParser()).parse(source) as MdNode
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string }
    analysis.problems.push({ line: e.line ?? 1, message: `MDX does not parse: ${e.reason ?? e.message}` })
    return analysis
  }
  walk(tree, analysis)
  const body = (tree.children ?? []).filter((node) => node.type !== 'mdxjsEsm')
  analysis.wordCount = body
    .map(plainText)
    .join(' ')
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length
  const last = body.at(-1)
  if (last) {
    analysis.lastBlockText = plainText(last).trim()
    analysis.lastBlockLine = last.position?.start.line ?? 1
  }
  return analysis
}
