import { readJsonBody } from '@/lib/http/read-json-body'
import { isSameOrigin } from '@/lib/http/same-origin'

const json = (body: string, type = 'application/json') =>
  new Request('http://lectern.test/api/x', { method: 'POST', headers: { 'content-type': type }, body })

describe('which requests count as coming from our own pages', () => {
  const headers = (origin: string | null, host = 'lectern.school.edu') => new Headers({ host, ...(origin === null ? {} : { origin }) })

  const configured = process.env.NEXTAUTH_URL
  afterEach(() => {
    process.env.NEXTAUTH_URL = configured
  })

  it('accepts our own origin, by the Host the request was sent to or by the configured public URL', () => {
    delete process.env.NEXTAUTH_URL
    expect(isSameOrigin(headers('http://lectern.school.edu'))).toBe(true)
    process.env.NEXTAUTH_URL = 'https://lectern.example.edu'
    expect(isSameOrigin(headers('https://lectern.example.edu', 'localhost:3000'))).toBe(true)
  })

  it('refuses a foreign origin and the opaque origin "null"', () => {
    expect(isSameOrigin(headers('https://evil.example'))).toBe(false)
    expect(isSameOrigin(headers('null'))).toBe(false)
    expect(isSameOrigin(headers('http://lectern.school.edu.evil.example'))).toBe(false)
  })

  it('lets a request without Origin through: no browser page sends a cross-site POST without one', () => {
    expect(isSameOrigin(headers(null))).toBe(true)
  })
})

describe('reading a route handler’s JSON body', () => {
  it('returns the object when the body is a JSON object', async () => {
    await expect(readJsonBody(json('{"seq":1}'), 100)).resolves.toEqual({ ok: true, value: { seq: 1 } })
  })

  it.each([
    ['JSON null', 'null', 400, /must be a JSON object/],
    ['a JSON array', '[1]', 400, /must be a JSON object/],
    ['a bare number', '42', 400, /must be a JSON object/],
    ['malformed JSON', '{"seq":', 400, /not valid JSON/],
    ['an empty body', '', 400, /not valid JSON/],
    ['a body over the limit', JSON.stringify({ text: 'x'.repeat(200) }), 413, /too large/],
  ])('refuses %s with %i and a message that fits', async (_label, body, status, message) => {
    const read = await readJsonBody(json(body), 100)
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.response.status).toBe(status)
    expect((await read.response.json()).message).toMatch(message)
  })

  it('refuses a text/plain body (which a cross-site form could send) with 415', async () => {
    const read = await readJsonBody(json('{"seq":1}', 'text/plain'), 100)
    expect(read.ok ? 0 : read.response.status).toBe(415)
  })

  it('counts the limit in bytes, so multi-byte text cannot slip past it', async () => {
    const read = await readJsonBody(json(JSON.stringify({ t: 'Ж'.repeat(60) })), 100)
    expect(read.ok ? 0 : read.response.status).toBe(413)
  })
})
