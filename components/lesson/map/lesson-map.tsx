import type { MapView } from '@/lib/content/map-shapes'
import { frameFor, pathOf, toSvg, type Frame } from './projection'
import styles from './lesson-map.module.css'

// The shapes and places come from the lesson's map.json (lib/content); a country is coloured by
// the CSS class named like its id, where lesson-map.module.css has one.

function MapShapes({ map, frame }: { map: MapView; frame: Frame }) {
  return (
    <>
      <rect className={styles.sea} width={frame.width} height={frame.height} />
      <path className={styles.land} d={map.land.map((shape) => pathOf(frame, shape)).join('')} />
      {map.countries.map(({ id, outline }) => (
        <path key={id} className={`${styles.country} ${styles[id] ?? ''}`} d={pathOf(frame, outline)} />
      ))}
      {map.countries
        .filter(({ islands }) => islands.length > 0)
        .map(({ id, islands }) => (
          <path
            key={`${id}-islands`}
            className={`${styles.country} ${styles[id] ?? ''}`}
            d={islands.map((shape) => pathOf(frame, shape)).join('')}
          />
        ))}
      <path className={styles.sea} d={map.waters.map((shape) => pathOf(frame, shape)).join('')} />
      <path className={styles.border} d={pathOf(frame, map.highlight.line, false)} />
    </>
  )
}

function MapLabels({ map, frame }: { map: MapView; frame: Frame }) {
  const [borderX, borderY] = toSvg(frame, map.highlight.at)
  return (
    <>
      {map.info.places.map((place) => {
        const [x, y] = toSvg(frame, place.at)
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
        {map.highlight.lines.map((line, i) => (
          <tspan key={line} x={borderX} dy={i === 0 ? 0 : '1.2em'}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  )
}

/** The lesson's map, drawn here from hand-made outlines: no tiles, nothing fetched. */
export function LessonMap({ map }: { map: MapView }) {
  const { minX, maxX, minY, maxY, width, phoneFocus } = map.info.frame
  const FRAME = frameFor({ minX, maxX, minY, maxY }, width)
  return (
    <>
      {/* On a phone the map is wider than the screen and scrolls: the lesson's script starts it at
          the band the lesson names (components/lesson/reader/browser/map-focus.ts); without script
          it starts at its east end (lesson-map.module.css). */}
      <div
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-label="Map"
        data-map-focus={phoneFocus ? `${phoneFocus.from} ${phoneFocus.to}` : undefined}
      >
        <svg className={styles.map} viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-labelledby="map-title map-desc">
          <title id="map-title">{map.info.imageTitle}</title>
          <desc id="map-desc">{map.info.imageDescription}</desc>
          <MapShapes map={map} frame={FRAME} />
          <MapLabels map={map} frame={FRAME} />
        </svg>
      </div>
      <p className={styles.scrollHint} aria-hidden="true">
        Swipe sideways to see the whole map.
      </p>
    </>
  )
}
