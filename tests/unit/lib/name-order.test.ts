import { foldName, nameComparator, sortByName } from '@/lib/text/name-order'

const people = [
  { name: 'bea', email: 'b2@x.test' },
  { name: 'Álvaro', email: 'a@x.test' },
  { name: 'Bea', email: 'b1@x.test' },
  { name: 'Cal', email: 'c@x.test' },
  { name: 'alvaro', email: 'a0@x.test' },
]
type Person = (typeof people)[number]
const nameOf = (p: Person) => p.name
const emailOf = (p: Person) => p.email

describe('the order of names', () => {
  it('folds case and accents away, so a search or a sort treats José and jose alike', () => {
    expect(foldName('José Núñez')).toBe('jose nunez')
    expect(foldName('ÅSE')).toBe('ase')
  })

  it('sorts by folded name, breaking ties by the second key so two students of one name keep one order', () => {
    expect(sortByName(people, nameOf, emailOf).map(emailOf)).toEqual(['a0@x.test', 'a@x.test', 'b1@x.test', 'b2@x.test', 'c@x.test'])
  })

  it('reverses the whole order when descending, ties included', () => {
    expect(sortByName(people, nameOf, emailOf, true).map(emailOf)).toEqual(['c@x.test', 'b2@x.test', 'b1@x.test', 'a@x.test', 'a0@x.test'])
  })

  it('gives the same order as a comparator, for sorts that compare something else first', () => {
    expect([...people].sort(nameComparator(nameOf, emailOf))).toEqual(sortByName(people, nameOf, emailOf))
  })

  it('leaves the list it was given as it was', () => {
    const before = people.map(emailOf)
    sortByName(people, nameOf, emailOf)
    expect(people.map(emailOf)).toEqual(before)
  })
})
