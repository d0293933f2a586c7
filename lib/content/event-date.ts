const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "1939-05-11" → "11 May 1939", "1945-08" → "August 1945", "1921" → "1921": no more precise than the data. */
export function formatEventDate(date: string): string {
  const [year, month, day] = date.split('-')
  if (!month) return year
  const monthName = MONTHS[Number(month) - 1]
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`
}
