import type { TLessonMap } from './schemas'

// map.json writes shared borders once; the map draws closed outlines. This joins the two.

export type LonLat = readonly [number, number]

export interface MapView {
  info: Pick<TLessonMap, 'title' | 'lede' | 'caption' | 'imageTitle' | 'imageDescription' | 'frame' | 'places'>
  countries: { id: string; outline: LonLat[]; islands: LonLat[][] }[]
  land: LonLat[][]
  waters: LonLat[][]
  highlight: { line: LonLat[]; at: LonLat; lines: string[]; description: string }
}

/** The borders an outline or the highlight names that map.json does not define (content:check reports them). */
export function unknownBorders(map: TLessonMap): string[] {
  const named = [...map.countries.flatMap((c) => c.outline.flatMap((part) => ('border' in part ? [part.border] : []))), map.highlight.border]
  return [...new Set(named.filter((id) => !(id in map.borders)))]
}

export function mapView(map: TLessonMap): MapView {
  const border = (id: string): LonLat[] => map.borders[id] ?? []
  return {
    info: { title: map.title, lede: map.lede, caption: map.caption, imageTitle: map.imageTitle, imageDescription: map.imageDescription, frame: map.frame, places: map.places },
    countries: map.countries.map((c) => ({
      id: c.id,
      outline: c.outline.flatMap((part) => ('border' in part ? (part.reversed ? [...border(part.border)].reverse() : border(part.border)) : [part])),
      islands: c.islands,
    })),
    land: map.land,
    waters: map.waters,
    highlight: { line: border(map.highlight.border), at: map.highlight.at, lines: map.highlight.lines, description: map.highlight.description },
  }
}
