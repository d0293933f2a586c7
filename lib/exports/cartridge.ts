import JSZip from 'jszip'
import { essayPage, glossaryPage, recordPage, timelinePage, type CartridgeLesson, type CartridgePage } from './cartridge-pages'
import { esc } from './xml'

// Pure: a lesson for one class as an IMS Common Cartridge 1.3 package, which a course site imports
// as one module: the reading as web pages, then one LTI link per assignment, so the quizzes stay in
// Lectern and scores come back by LTI (AGS).
//
// Each link carries the custom parameter `lectern_assignment` = the assignment id, exactly as a
// deep-linking answer does (lib/lti/deep-linking/deep-link-response.ts), and lib/lti/provision.ts
// binds the first launch of a resource link to that assignment of the launching course's class.
// What the importers do with the link (read from their source; see the PR notes for the caveats):
// - Canvas (lib/cc/importer/blti_converter.rb) takes secure_launch_url before launch_url, blti:custom
//   as custom fields, and from the canvas.instructure.com extension privacy_level, domain and
//   outcome (points: the link becomes a graded external-tool assignment). It makes a course-level
//   tool from the link; whether a launch then goes through the installed LTI 1.3 developer key
//   (matched by domain or URL) with the custom parameter in the launch is unverified.
// - Moodle's Common Cartridge import (backup/cc) recognises CC 1.0 and 1.1 manifests and reads
//   only title, description, launch_url and vendor from a link: no custom parameters.

const CC_NS = 'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1'
const LOM_MANIFEST_NS = 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest'
const LOM_RESOURCE_NS = 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/resource'
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance'
const PROFILE = 'http://www.imsglobal.org/profile/cc/ccv1p3'
const BLTI = {
  cc: 'http://www.imsglobal.org/xsd/imslticc_v1p0',
  blti: 'http://www.imsglobal.org/xsd/imsbasiclti_v1p0',
  lticm: 'http://www.imsglobal.org/xsd/imslticm_v1p0',
  lticp: 'http://www.imsglobal.org/xsd/imslticp_v1p0',
}
export const CANVAS_PLATFORM = 'canvas.instructure.com'
/** The custom parameter lib/lti/provision.ts reads to bind a resource link to an assignment. */
export const ASSIGNMENT_PARAMETER = 'lectern_assignment'

export interface CartridgeAssignment {
  id: string
  title: string
  /** Plain text shown with the link on the course site. */
  description: string
  /** Full marks: Canvas makes the link a graded assignment worth this much. */
  points: number
}

export interface CartridgeInput {
  lesson: CartridgeLesson
  assignments: CartridgeAssignment[]
  /** Lectern's LTI 1.3 target link URI (toolUrls(origin).targetLinkUri). */
  launchUrl: string
}

/** XML identifiers (NCName): a letter first, then letters, digits, '-', '_' or '.'. */
const ident = (...parts: string[]) => parts.join('_').replace(/[^A-Za-z0-9_.-]/g, '_')

export function basicLtiLink(assignment: CartridgeAssignment, launchUrl: string): string {
  const url = new URL(launchUrl)
  // secure_launch_url is by definition https; Canvas prefers it when present.
  const secure = url.protocol === 'https:' ? `\n  <blti:secure_launch_url>${esc(launchUrl)}</blti:secure_launch_url>` : ''
  // Element order follows imsbasiclti_v1p0.xsd: title, description, custom, extensions, launch URLs, vendor.
  return `<?xml version="1.0" encoding="UTF-8"?>
<cartridge_basiclti_link xmlns="${BLTI.cc}" xmlns:blti="${BLTI.blti}" xmlns:lticm="${BLTI.lticm}" xmlns:lticp="${BLTI.lticp}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${BLTI.cc} http://www.imsglobal.org/xsd/lti/ltiv1p0/imslticc_v1p0.xsd ${BLTI.blti} http://www.imsglobal.org/xsd/lti/ltiv1p0/imsbasiclti_v1p0.xsd ${BLTI.lticm} http://www.imsglobal.org/xsd/lti/ltiv1p0/imslticm_v1p0.xsd ${BLTI.lticp} http://www.imsglobal.org/xsd/lti/ltiv1p0/imslticp_v1p0.xsd">
  <blti:title>${esc(assignment.title)}</blti:title>
  <blti:description>${esc(assignment.description)}</blti:description>
  <blti:custom>
    <lticm:property name="${ASSIGNMENT_PARAMETER}">${esc(assignment.id)}</lticm:property>
  </blti:custom>
  <blti:extensions platform="${CANVAS_PLATFORM}">
    <lticm:property name="privacy_level">public</lticm:property>
    <lticm:property name="domain">${esc(url.host)}</lticm:property>
    <lticm:property name="outcome">${esc(assignment.points)}</lticm:property>
  </blti:extensions>
  <blti:launch_url>${esc(launchUrl)}</blti:launch_url>${secure}
  <blti:vendor>
    <lticp:code>lectern</lticp:code>
    <lticp:name>Lectern</lticp:name>
    <lticp:url>${esc(url.origin)}</lticp:url>
  </blti:vendor>
</cartridge_basiclti_link>
`
}

interface Entry {
  identifier: string
  title: string
  resource: string
}

function manifest(input: CartridgeInput, pages: CartridgePage[], folder: string): string {
  const { lesson } = input
  const entries: Entry[] = [
    ...pages.map((p) => {
      const identifier = ident('page', p.file.replace(/\.html$/, ''))
      const href = `${folder}/${p.file}`
      return {
        identifier,
        title: p.title,
        resource: `<resource identifier="${identifier}" type="webcontent" href="${esc(href)}"><file href="${esc(href)}"/></resource>`,
      }
    }),
    ...input.assignments.map((a) => {
      const identifier = ident('lti', a.id)
      return {
        identifier,
        title: a.title,
        resource: `<resource identifier="${identifier}" type="imsbasiclti_xmlv1p0"><file href="${esc(ltiFile(a))}"/></resource>`,
      }
    }),
  ]
  const items = entries
    .map((e) => `<item identifier="${e.identifier}_item" identifierref="${e.identifier}"><title>${esc(e.title)}</title></item>`)
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ident('lectern', lesson.slug)}" xmlns="${CC_NS}" xmlns:lomimscc="${LOM_MANIFEST_NS}" xmlns:lom="${LOM_RESOURCE_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${CC_NS} ${PROFILE}/ccv1p3_imscp_v1p2_v1p0.xsd ${LOM_MANIFEST_NS} ${PROFILE}/LOM/ccv1p3_lommanifest_v1p0.xsd ${LOM_RESOURCE_NS} ${PROFILE}/LOM/ccv1p3_lomresource_v1p0.xsd">
<metadata>
<schema>IMS Common Cartridge</schema>
<schemaversion>1.3.0</schemaversion>
<lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string language="en">${esc(lesson.info.title)}</lomimscc:string></lomimscc:title><lomimscc:description><lomimscc:string language="en">${esc(lesson.info.summary)}</lomimscc:string></lomimscc:description></lomimscc:general></lomimscc:lom>
</metadata>
<organizations>
<organization identifier="organization" structure="rooted-hierarchy">
<item identifier="root">
<item identifier="${ident('module', lesson.slug)}">
<title>${esc(lesson.info.title)}</title>
${items}
</item>
</item>
</organization>
</organizations>
<resources>
${entries.map((e) => e.resource).join('\n')}
</resources>
</manifest>
`
}

const ltiFile = (a: CartridgeAssignment) => `lti/${ident(a.id)}.xml`

/** The reading pages in the module's order: the record, the essays, the glossary, the timeline. */
export async function cartridgePages(lesson: CartridgeLesson): Promise<CartridgePage[]> {
  const essays = await Promise.all(lesson.essays.map((essay) => essayPage(lesson, essay)))
  const timeline = timelinePage(lesson)
  return [recordPage(lesson), ...essays, glossaryPage(lesson), ...(timeline ? [timeline] : [])]
}

export async function buildCartridge(input: CartridgeInput): Promise<Uint8Array> {
  const pages = await cartridgePages(input.lesson)
  // Canvas files what is under web_resources/ by the path below it, so the pages land in one folder.
  const folder = `web_resources/${input.lesson.slug}`
  const zip = new JSZip()
  zip.file('imsmanifest.xml', manifest(input, pages, folder))
  for (const p of pages) zip.file(`${folder}/${p.file}`, p.html)
  for (const a of input.assignments) zip.file(ltiFile(a), basicLtiLink(a, input.launchUrl))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
