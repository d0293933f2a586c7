import type { LonLat } from './projection'

// The places the map names, with where their labels sit (offsets in map units) and the text that
// lists them for readers who cannot see the map. Descriptions follow the lesson's fact sheet.

export interface Place {
  id: string
  name: string
  at: LonLat
  kind: 'country' | 'city' | 'battle'
  label: { dx: number; dy: number; anchor: 'start' | 'middle' | 'end'; lines?: string[] }
  description: string
  glossary?: string
}

export const PLACES: Place[] = [
  {
    id: 'ussr',
    name: 'Soviet Union',
    at: [97, 60.5],
    kind: 'country',
    label: { dx: 0, dy: 0, anchor: 'middle' },
    description: 'The USSR: Mongolia’s ally and protector, with Soviet troops stationed in Mongolia since 1966.',
    glossary: 'ussr',
  },
  {
    id: 'mongolia',
    name: 'Mongolia',
    at: [102.5, 45.9],
    kind: 'country',
    label: { dx: 0, dy: 0, anchor: 'middle' },
    description: 'The Mongolian People’s Republic, Batmunkh’s country, between the USSR to the north and China to the south.',
    glossary: 'mongolia',
  },
  {
    id: 'china',
    name: 'China',
    at: [104, 32.5],
    kind: 'country',
    label: { dx: 0, dy: 0, anchor: 'middle' },
    description: 'The People’s Republic of China, which both leaders hoped would normalise relations with the USSR, Mongolia and Vietnam.',
    glossary: 'prc',
  },
  {
    id: 'dprk',
    name: 'North Korea',
    at: [129.6, 41.2],
    kind: 'country',
    label: { dx: 0, dy: 0, anchor: 'start', lines: ['North', 'Korea'] },
    description: 'The Democratic People’s Republic of Korea, Kim Il Sung’s state and Batmunkh’s host.',
    glossary: 'dprk',
  },
  {
    id: 'rok',
    name: 'South Korea',
    at: [130.4, 35.2],
    kind: 'country',
    label: { dx: 0, dy: 0, anchor: 'start', lines: ['South', 'Korea'] },
    description:
      'The Republic of Korea, south of the Demilitarised Zone; the “unification of Korea” in ¶13 means joining it with the North.',
  },
  {
    id: 'vietnam',
    name: 'Vietnam',
    at: [109.9, 15.2],
    kind: 'country',
    label: { dx: 0, dy: 0, anchor: 'start' },
    description: 'Vietnam, whose troops were in Cambodia from 1978 to 1989, which blocked its reconciliation with China (¶23–¶24).',
  },
  {
    id: 'cambodia',
    name: 'Cambodia',
    at: [104.9, 12.7],
    kind: 'country',
    label: { dx: -40, dy: 22, anchor: 'end' },
    description: 'Cambodia, called Kampuchea in the record, occupied by Vietnam from December 1978 to September 1989 (¶24).',
    glossary: 'kampuchea',
  },
  {
    id: 'moscow',
    name: 'Moscow',
    at: [37.62, 55.75],
    kind: 'city',
    label: { dx: 9, dy: 5, anchor: 'start' },
    description: 'Capital of the USSR. Kim Il Sung was there from 22 to 26 October 1986 and says he discussed China with Gorbachev (¶14).',
  },
  {
    id: 'ulaanbaatar',
    name: 'Ulaanbaatar',
    at: [106.92, 47.92],
    kind: 'city',
    label: { dx: 0, dy: -12, anchor: 'middle' },
    description: 'Capital of Mongolia.',
    glossary: 'ulaanbaatar',
  },
  {
    id: 'beijing',
    name: 'Beijing',
    at: [116.4, 39.9],
    kind: 'city',
    label: { dx: -9, dy: 5, anchor: 'end' },
    description: 'Capital of China.',
  },
  {
    id: 'pyongyang',
    name: 'Pyongyang',
    at: [125.75, 39.02],
    kind: 'city',
    label: { dx: 0, dy: 24, anchor: 'middle' },
    description: 'Capital of North Korea, where the conversation took place in November 1986.',
    glossary: 'pyongyang',
  },
  {
    id: 'vladivostok',
    name: 'Vladivostok',
    at: [131.9, 43.12],
    kind: 'city',
    label: { dx: 9, dy: 5, anchor: 'start' },
    description: 'The Soviet Pacific port where Gorbachev offered China better relations on 28 July 1986 (¶7, ¶17).',
    glossary: 'vladivostok',
  },
  {
    id: 'khalkhin-gol',
    name: 'Khalkhin Gol, 1939',
    at: [118.6, 47.7],
    kind: 'battle',
    label: { dx: 10, dy: -8, anchor: 'start' },
    description: 'On Mongolia’s eastern border: Soviet and Mongolian forces fought Japanese troops there from May to September 1939 (¶7).',
    glossary: 'khalkhin-gol',
  },
]

export const BORDER_NOTE = {
  at: [101.5, 40.3] as LonLat,
  lines: ['Sino-Mongolian border', 'about 4,677 km (the record: 4,700)'],
  description: 'The border between Mongolia and China, highlighted on the map: about 4,677 km long. Batmunkh rounds it to “4700 km” (¶9).',
}
