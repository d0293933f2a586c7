// An equidistant conic projection (standard parallels 25°N and 55°N, centred on 95°E): it keeps
// East and Central Asia in sensible proportion from Moscow to Indochina, which a plain
// longitude/latitude grid would stretch badly in the north.

export type LonLat = readonly [number, number]

const rad = Math.PI / 180
const PHI1 = 25 * rad
const PHI2 = 55 * rad
const LAMBDA0 = 95 * rad
const PHI0 = 40 * rad
const N = (Math.cos(PHI1) - Math.cos(PHI2)) / (PHI2 - PHI1)
const G = Math.cos(PHI1) / N + PHI1
const RHO0 = G - PHI0

/** Unscaled projected coordinates, y pointing down. */
export function project([lon, lat]: LonLat): [number, number] {
  const rho = G - lat * rad
  const theta = N * (lon * rad - LAMBDA0)
  return [rho * Math.sin(theta), -(RHO0 - rho * Math.cos(theta))]
}

/** The map frame: projected bounds scaled to a viewBox `width` wide. */
export interface Frame {
  minX: number
  minY: number
  scale: number
  width: number
  height: number
}

/** A frame over projected bounds (as `project` returns them), `width` user units wide. */
export function frameFor(bounds: { minX: number; maxX: number; minY: number; maxY: number }, width: number): Frame {
  const scale = width / (bounds.maxX - bounds.minX)
  return { minX: bounds.minX, minY: bounds.minY, scale, width, height: Math.round((bounds.maxY - bounds.minY) * scale) }
}

export function toSvg(frame: Frame, point: LonLat): [number, number] {
  const [x, y] = project(point)
  return [Math.round((x - frame.minX) * frame.scale * 10) / 10, Math.round((y - frame.minY) * frame.scale * 10) / 10]
}

export function pathOf(frame: Frame, points: readonly LonLat[], closed = true): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${toSvg(frame, p).join(' ')}`).join('') + (closed ? 'Z' : '')
}
