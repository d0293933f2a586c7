import { CHINESE_ISLANDS, COUNTRIES, ISLANDS, MONGOLIA_CHINA, OTHER_LAND, SOVIET_ISLANDS, WATERS } from './geography'
import { BORDER_NOTE, PLACES } from './places'
import { frameFor, pathOf, toSvg } from './projection'
import styles from './lesson-map.module.css'

// From Moscow to the Mekong delta, in projected units (see projection.ts).
const FRAME = frameFor({ minX: -0.6, maxX: 0.66, minY: -0.56, maxY: 0.575 }, 1000)

const COUNTRY_CLASS: Record<keyof typeof COUNTRIES, string> = {
  ussr: styles.ussr,
  china: styles.china,
  mongolia: styles.mongolia,
  dprk: styles.dprk,
  rok: styles.rok,
  vietnam: styles.vietnam,
  cambodia: styles.cambodia,
}

function MapShapes() {
  return (
    <>
      <rect className={styles.sea} width={FRAME.width} height={FRAME.height} />
      <path className={styles.land} d={[OTHER_LAND, ...ISLANDS].map((shape) => pathOf(FRAME, shape)).join('')} />
      {(Object.keys(COUNTRIES) as (keyof typeof COUNTRIES)[]).map((id) => (
        <path key={id} className={`${styles.country} ${COUNTRY_CLASS[id]}`} d={pathOf(FRAME, COUNTRIES[id])} />
      ))}
      <path className={`${styles.country} ${styles.ussr}`} d={SOVIET_ISLANDS.map((shape) => pathOf(FRAME, shape)).join('')} />
      <path className={`${styles.country} ${styles.china}`} d={CHINESE_ISLANDS.map((shape) => pathOf(FRAME, shape)).join('')} />
      <path className={styles.sea} d={WATERS.map((shape) => pathOf(FRAME, shape)).join('')} />
      <path className={styles.border} d={pathOf(FRAME, MONGOLIA_CHINA, false)} />
    </>
  )
}

function MapLabels() {
  const [borderX, borderY] = toSvg(FRAME, BORDER_NOTE.at)
  return (
    <>
      {PLACES.map((place) => {
        const [x, y] = toSvg(FRAME, place.at)
        const labelX = x + place.label.dx
        return (
          <g key={place.id} className={styles[place.kind]}>
            {place.kind === 'city' && <circle cx={x} cy={y} r={5} />}
            {place.kind === 'battle' && <path d={`M${x - 6} ${y - 6}L${x + 6} ${y + 6}M${x + 6} ${y - 6}L${x - 6} ${y + 6}`} />}
            <text x={labelX} y={y + place.label.dy} textAnchor={place.label.anchor}>
              {(place.label.lines ?? [place.name]).map((line, i) => (
                <tspan key={line} x={labelX} dy={i === 0 ? 0 : '1.1em'}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        )
      })}
      <text className={styles.borderLabel} textAnchor="middle" x={borderX} y={borderY}>
        {BORDER_NOTE.lines.map((line, i) => (
          <tspan key={line} x={borderX} dy={i === 0 ? 0 : '1.2em'}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  )
}

/** The lesson's map, drawn here from hand-made outlines: no tiles, nothing fetched. */
export function LessonMap() {
  return (
    <>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label="Map">
        <svg className={styles.map} viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-labelledby="map-title map-desc">
          <title id="map-title">Map of Mongolia, China, the Soviet Union, the two Koreas, Vietnam and Cambodia in 1986</title>
          <desc id="map-desc">
            Mongolia lies between the Soviet Union to the north and China to the south; the Sino-Mongolian border, about 4,677 km long, is
            highlighted. The places marked are listed in full below the map.
          </desc>
          <MapShapes />
          <MapLabels />
        </svg>
      </div>
      <p className={styles.scrollHint} aria-hidden="true">
        Swipe sideways to see the whole map.
      </p>
    </>
  )
}
