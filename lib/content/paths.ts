// Every URL inside a lesson, in one place (lib/, so app/ and components/ alike can build lesson links).
export const lessonPath = (slug: string) => `/lessons/${slug}`
export const paragraphPath = (slug: string, id: string) => `/lessons/${slug}#${id}`
/** A paragraph's link: just the fragment when the record is the page being read. */
export const paragraphHref = (slug: string, id: string, inPage: boolean) => (inPage ? `#${id}` : paragraphPath(slug, id))
export const essayPath = (slug: string, essay: string) => `/lessons/${slug}/essays/${essay}`
export const glossaryPath = (slug: string, id?: string) => `/lessons/${slug}/glossary${id ? `#${id}` : ''}`
export const sourcePath = (slug: string, key?: string) => `/lessons/${slug}/sources${key ? `#src-${key}` : ''}`
export const timelinePath = (slug: string) => `/lessons/${slug}/timeline`
export const mapPath = (slug: string) => `/lessons/${slug}/map`
export const guidePath = (slug: string) => `/lessons/${slug}/guide`
