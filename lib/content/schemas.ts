import { z } from 'zod'

// The shape of every content file (see content/lessons/<slug>/CONTENT-FORMAT.md). Shapes only:
// whether an id points at something that exists is validate-lesson.ts's job, because only it sees
// all files at once and can name the line of a broken reference.

const text = (max: number) => z.string().trim().min(1).max(max)
export const zKebabId = z.string().max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, like “vladivostok-speech”')
export const zParagraphId = z.string().max(8).regex(/^p[1-9]\d*$/, 'must be a paragraph id like “p7”')
export const zSourceKey = z.string().max(40).regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'must be a source key like “LAT86b”')

export const ZRecord = z
  .object({
    heading: text(300),
    paragraphs: z.array(
      z.object({ id: zParagraphId, speaker: zKebabId, text: text(6000) }).strict(),
    ),
  })
  .strict()

export const ZGlossaryEntry = z
  .object({
    id: zKebabId,
    term: text(200),
    kind: z.enum(['person', 'organisation', 'place', 'term', 'event']),
    aliases: z.array(text(120)).min(1),
    definition: text(2000),
    paragraphs: z.array(zParagraphId),
    sources: z.array(zSourceKey),
  })
  .strict()
export const ZGlossary = z.array(ZGlossaryEntry)

export const ZTimelineEvent = z
  .object({
    id: zKebabId,
    // A year, a month or a day: the precision the sources support, never more.
    date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    title: text(200),
    description: text(2000),
    paragraphs: z.array(zParagraphId),
    essays: z.array(zKebabId),
    sources: z.array(zSourceKey),
    certainty: z.enum(['verified', 'approximate']),
  })
  .strict()
export const ZTimeline = z.array(ZTimelineEvent)

export const ZAnnotation = z
  .object({
    id: z.string().max(10).regex(/^n\d+$/, 'must be a note id like “n07”'),
    paragraph: zParagraphId,
    anchor: text(400),
    kind: z.enum(['who', 'context', 'meaning', 'selective', 'what-next', 'editorial']),
    note: text(2500),
    sources: z.array(zSourceKey),
    glossary: zKebabId.optional(),
  })
  .strict()
export const ZAnnotations = z.array(ZAnnotation)

export const ZSource = z
  .object({ citation: text(1000), kind: z.enum(['archive', 'press', 'book', 'article', 'reference', 'web']) })
  .strict()
export const ZSources = z.record(zSourceKey, ZSource)

export const ZGuide = z
  .object({
    objectives: z.array(text(600)).min(1),
    beforeYouRead: z.array(text(2000)).min(1),
    sections: z.array(
      z
        .object({
          id: zKebabId,
          title: text(200),
          paragraphs: z.array(zParagraphId).min(1),
          summary: text(1000),
          questions: z.array(
            z.object({ skill: z.enum(['sourcing', 'contextualisation', 'corroboration', 'close-reading']), text: text(1000) }).strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict()

export const ZLessonInfo = z
  .object({
    title: text(300),
    // Where the record's paragraphs are in the captured source: the non-empty lines from the one
    // starting with firstLine to the one ending with lastLine. The heading is the line before.
    source: z.object({ file: z.string().max(200).regex(/^source\/[\w.-]+\.txt$/), firstLine: text(200), lastLine: text(200) }).strict(),
    summary: text(600),
    documentType: text(100),
    documentDate: text(60),
    meetingDateAsGiven: text(100),
    place: text(100),
    /** The year shown with the place above the record ("Pyongyang, 1986"). */
    year: z.string().regex(/^\d{4}$/, 'must be a year like “1986”'),
    archiveCitation: text(300),
    translators: z.array(text(100)).min(1),
    project: text(200),
    publisher: text(200),
    creditLine: text(300),
    support: text(300),
    rights: text(1500),
    dateQuestion: text(1500),
    howMade: z.array(text(1500)).min(1),
    citations: z.object({ chicago: text(800), mla: text(800) }).strict(),
    speakers: z.record(zKebabId, text(60)),
    /** The timeline's span and the eras its page groups events into (only with a timeline.json). */
    timeline: z
      .object({
        from: z.number().int(),
        to: z.number().int(),
        eras: z.array(z.object({ from: z.number().int(), to: z.number().int(), title: text(120) }).strict()).min(1).max(20),
      })
      .strict()
      .optional(),
    /** The lesson's minimum sizes, where they differ from the house's (validate-lesson.ts LIMITS). */
    checks: z
      .object({
        minAnnotations: z.number().int().min(0),
        minGlossary: z.number().int().min(0),
        minTimeline: z.number().int().min(0),
        essayWords: z.object({ min: z.number().int().min(0), max: z.number().int().positive() }).strict(),
      })
      .partial()
      .strict()
      .optional(),
  })
  .strict()

export const ZEssayMeta = z
  .object({
    title: text(200),
    order: z.number().int().min(1).max(99),
    summary: text(600),
    paragraphs: z.array(zParagraphId),
    bibliography: z.array(zSourceKey).min(1),
  })
  .strict()

export type TRecord = z.infer<typeof ZRecord>
export type TParagraph = TRecord['paragraphs'][number]
export type TGlossaryEntry = z.infer<typeof ZGlossaryEntry>
export type TTimelineEvent = z.infer<typeof ZTimelineEvent>
export type TAnnotation = z.infer<typeof ZAnnotation>
export type TSource = z.infer<typeof ZSource>
export type TSources = z.infer<typeof ZSources>
export type TGuide = z.infer<typeof ZGuide>
export type TGuideSection = TGuide['sections'][number]
export type TLessonInfo = z.infer<typeof ZLessonInfo>
export type TEssayMeta = z.infer<typeof ZEssayMeta>

// map.json: the lesson's map, drawn from hand-made outlines (longitude, latitude). Borders shared by
// two countries are written once, under `borders`, and used by both outlines (reversed where the
// outline runs the other way), so neighbours meet exactly and one border can be highlighted alone.
const zLonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
const zShape = z.array(zLonLat).min(3).max(2000)
const zOutlinePart = z.union([zLonLat, z.object({ border: zKebabId, reversed: z.literal(true).optional() }).strict()])
export const ZLessonMap = z
  .object({
    title: text(200),
    lede: text(600),
    caption: text(600),
    imageTitle: text(300),
    imageDescription: text(1000),
    // The part of the projected plane shown, and the SVG's width in map units (see projection.ts).
    // phoneFocus: the band of the map's width (0 its west edge, 1 its east) that a phone, which shows
    // only part of the map at a time, shows first.
    frame: z
      .object({
        minX: z.number(),
        maxX: z.number(),
        minY: z.number(),
        maxY: z.number(),
        width: z.number().positive().max(10_000),
        phoneFocus: z
          .object({ from: z.number().min(0).max(1), to: z.number().min(0).max(1) })
          .strict()
          .refine((band) => band.from < band.to, 'phoneFocus.from must be west of phoneFocus.to')
          .optional(),
      })
      .strict(),
    borders: z.record(zKebabId, z.array(zLonLat).min(2).max(2000)),
    countries: z.array(z.object({ id: zKebabId, outline: z.array(zOutlinePart).min(1).max(2000), islands: z.array(zShape).max(200) }).strict()).max(60),
    /** Everyone else's land, drawn first and mostly hidden beneath the named countries. */
    land: z.array(zShape).max(500),
    waters: z.array(zShape).max(200),
    highlight: z.object({ border: zKebabId, at: zLonLat, lines: z.array(text(120)).min(1).max(4), description: text(1000) }).strict(),
    places: z
      .array(
        z
          .object({
            id: zKebabId,
            name: text(120),
            at: zLonLat,
            kind: z.enum(['country', 'city', 'battle']),
            label: z
              .object({ dx: z.number(), dy: z.number(), anchor: z.enum(['start', 'middle', 'end']), lines: z.array(text(60)).min(1).max(4).optional() })
              .strict(),
            description: text(1000),
            glossary: zKebabId.optional(),
          })
          .strict(),
      )
      .max(200),
  })
  .strict()

export type TLessonMap = z.infer<typeof ZLessonMap>
export type TMapPlace = TLessonMap['places'][number]
