import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { basicLtiLink, buildCartridge, type CartridgeAssignment } from '@/lib/exports/cartridge'
import { esc } from '@/lib/exports/xml'
import { realLesson } from './export-fixture'

const LAUNCH = 'https://lectern.example.edu/api/lti/launch'
const TRICKY_TITLE = 'Quiz & <one> "best"'
const assignments: CartridgeAssignment[] = [
  { id: 'cma1first000000000000001', title: 'Comprehension', description: 'Read ¶1–11 first.', points: 12 },
  { id: 'cma1second00000000000002', title: TRICKY_TITLE, description: 'Tom & Jerry <b>bold</b>', points: 7.5 },
]

const asArray = ['item', 'resource', 'file', 'lticm:property', 'blti:extensions']
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => asArray.includes(name) })

type Node = Record<string, unknown> & {
  '@identifier'?: string
  '@identifierref'?: string
  '@type'?: string
  '@href'?: string
  title?: string
}

const lesson = await realLesson()
const zip = await JSZip.loadAsync(await buildCartridge({ lesson, assignments, launchUrl: LAUNCH }))
const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir)
const text = (name: string) => zip.file(name)!.async('string')
const manifestXml = await text('imsmanifest.xml')
const manifest = parser.parse(manifestXml).manifest as Node & {
  metadata: { schema: string; schemaversion: string }
  organizations: { organization: { '@structure': string; item: [Node & { item: [Node & { item: Node[] }] }] } }
  resources: { resource: (Node & { file: Node[] })[] }
}
const resources = new Map(manifest.resources.resource.map((r) => [r['@identifier']!, r]))
const moduleNode = manifest.organizations.organization.item[0].item[0]

/** The parsed basic LTI link of the resource an organization item names. */
async function linkOf(item: Node) {
  const file = resources.get(item['@identifierref']!)!.file[0]['@href']!
  return parser.parse(await text(file)).cartridge_basiclti_link as Record<string, unknown> & {
    'blti:title': string
    'blti:launch_url': string
    'blti:secure_launch_url'?: string
    'blti:custom': { 'lticm:property': Node[] }
    'blti:extensions': (Node & { 'lticm:property': Node[] })[]
  }
}
const property = (props: Node[], name: string) => props.find((p) => p['@name'] === name)?.['#text']

describe('the Common Cartridge export of a lesson', () => {
  it('is a CC 1.3 manifest with its LOM title', () => {
    expect(manifestXml).toContain('xmlns="http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1"')
    expect(manifest.metadata.schema).toBe('IMS Common Cartridge')
    expect(manifest.metadata.schemaversion).toBe('1.3.0')
    expect(manifestXml).toContain(`<lomimscc:string language="en">${lesson.info.title}</lomimscc:string>`)
    expect(manifest.organizations.organization['@structure']).toBe('rooted-hierarchy')
  })

  it('has every XML file well-formed', async () => {
    const xmlFiles = names.filter((n) => n.endsWith('.xml'))
    expect(xmlFiles).toHaveLength(1 + assignments.length)
    for (const name of xmlFiles) expect([name, XMLValidator.validate(await text(name))]).toEqual([name, true])
  })

  // The CC XSDs are not available offline, so this checks well-formedness only, and only where xmllint is installed.
  const xmllint = spawnSync('xmllint', ['--version']).status === 0
  ;(xmllint ? it : it.skip)('passes xmllint --noout for every XML file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartridge-'))
    for (const name of names.filter((n) => n.endsWith('.xml'))) {
      const file = path.join(dir, name.replace(/\//g, '_'))
      fs.writeFileSync(file, await text(name))
      const result = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' })
      expect([name, result.status, result.stderr]).toEqual([name, 0, ''])
    }
  })

  it('holds every file the manifest names, and names every file it holds', () => {
    const hrefs = manifest.resources.resource.flatMap((r) => [...r.file.map((f) => f['@href']!), ...(r['@href'] ? [r['@href']] : [])])
    for (const href of hrefs) expect([href, names.includes(href)]).toEqual([href, true])
    expect(names.filter((n) => n !== 'imsmanifest.xml' && !hrefs.includes(n))).toEqual([])
  })

  it('is one module named after the lesson: the record, the essays, the glossary, the timeline, then a link per assignment', () => {
    expect(moduleNode.title).toBe(lesson.info.title)
    for (const item of moduleNode.item)
      expect([item['@identifierref'], resources.has(item['@identifierref']!)]).toEqual([item['@identifierref'], true])
    const types = moduleNode.item.map((item) => resources.get(item['@identifierref']!)!['@type'])
    const pages = 1 + lesson.essays.length + 1 + (lesson.timeline.length ? 1 : 0)
    expect(types).toEqual([...Array(pages).fill('webcontent'), ...assignments.map(() => 'imsbasiclti_xmlv1p0')])
    expect(moduleNode.item.map((i) => i.title)).toEqual([
      lesson.info.title,
      ...lesson.essays.map((e) => e.meta.title),
      `Glossary: ${lesson.info.title}`,
      `Timeline: ${lesson.info.title}`,
      ...assignments.map((a) => a.title),
    ])
  })

  it('links each assignment to the launch URL with its id as the lectern_assignment custom parameter', async () => {
    const links = moduleNode.item.filter((item) => resources.get(item['@identifierref']!)!['@type'] === 'imsbasiclti_xmlv1p0')
    for (const [i, item] of links.entries()) {
      const link = await linkOf(item)
      expect(link['blti:title']).toBe(assignments[i].title)
      expect(property(link['blti:custom']['lticm:property'], 'lectern_assignment')).toBe(assignments[i].id)
      expect(link['blti:launch_url']).toBe(LAUNCH)
      expect(link['blti:secure_launch_url']).toBe(LAUNCH)
      const canvas = link['blti:extensions'].find((e) => e['@platform'] === 'canvas.instructure.com')!
      expect(property(canvas['lticm:property'], 'privacy_level')).toBe('public')
      expect(property(canvas['lticm:property'], 'domain')).toBe('lectern.example.edu')
      expect(Number(property(canvas['lticm:property'], 'outcome'))).toBe(assignments[i].points)
    }
  })

  it('gives a plain-http launch URL no secure_launch_url', () => {
    const xml = basicLtiLink(assignments[0], 'http://localhost:3000/api/lti/launch')
    expect(xml).toContain('<blti:launch_url>http://localhost:3000/api/lti/launch</blti:launch_url>')
    expect(xml).not.toContain('secure_launch_url')
  })

  it('escapes XML special characters in titles and descriptions', async () => {
    expect(manifestXml).toContain('<title>Quiz &amp; &lt;one&gt; &quot;best&quot;</title>')
    expect(manifestXml).not.toContain(TRICKY_TITLE)
    const link = await linkOf(moduleNode.item.find((i) => i.title === TRICKY_TITLE)!)
    expect(link['blti:title']).toBe(TRICKY_TITLE)
    expect(link['blti:description']).toBe('Tom & Jerry <b>bold</b>')
  })

  it('has the record page with every paragraph numbered and the credit line exactly as the lesson holds it', async () => {
    const record = await text(`web_resources/${lesson.slug}/record.html`)
    expect(record).toContain(`<p class="credit">${lesson.info.creditLine}</p>`)
    const lines = record.split('\n')
    for (const p of lesson.record.paragraphs) {
      const line = lines.find((l) => l.startsWith(`<p class="para" id="${p.id}"`))
      expect(line?.endsWith(`><span class="para-number">${p.id.slice(1)}</span><span>${esc(p.text)}</span></p>`)).toBe(true)
    }
    expect(record).toContain('<style>')
    expect(record).not.toMatch(/https?:\/\/(?!www\.w3\.org)/)
  })

  it('renders each essay from its MDX, with terms and paragraph references as links to the other pages', async () => {
    for (const essay of lesson.essays) {
      const page = await text(`web_resources/${lesson.slug}/essay-${essay.slug}.html`)
      expect(page).toContain(`<h1>${essay.meta.title.replace(/&/g, '&amp;')}</h1>`)
      expect(page).not.toMatch(/<(Term|ParaLink|WhyItMatters)\b/)
      const firstTerm = essay.analysis.components.find((c) => c.name === 'Term')
      if (firstTerm) expect(page).toContain(`href="glossary.html#${firstTerm.id}"`)
    }
    const first = await text(`web_resources/${lesson.slug}/essay-${lesson.essays[0].slug}.html`)
    expect(first).toContain('<h2>A revolution and a patron</h2>')
    expect(first).toContain('<a href="record.html#p5">¶5</a>')
    expect(first).toContain('<aside class="why">')
  })

  it('has every relative link between pages pointing at a page and an anchor that exist', async () => {
    const folder = `web_resources/${lesson.slug}/`
    const pages = new Map(
      await Promise.all(names.filter((n) => n.startsWith(folder)).map(async (n) => [n.slice(folder.length), await text(n)] as const)),
    )
    const broken: string[] = []
    for (const [file, html] of pages) {
      for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
        const [target, anchor] = href.split('#')
        const page = pages.get(target || file)
        if (!page || (anchor && !page.includes(`id="${anchor}"`))) broken.push(`${file} → ${href}`)
      }
    }
    expect(broken).toEqual([])
  })
})
