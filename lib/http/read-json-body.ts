import { countOf } from '@/lib/text/count-of'

// A route handler's JSON body, read with a size limit and checked for shape before any domain code
// sees it. Every refusal is a Response with a status and a message that fits the fault.
export type JsonBody = { ok: true; value: Record<string, unknown> } | { ok: false; response: Response }

const refuse = (status: number, message: string): JsonBody => ({
  ok: false,
  response: Response.json({ error: 'BAD_INPUT', message }, { status }),
})

export async function readJsonBody(
  request: Request,
  maxBytes: number,
  tooLarge = `The request is too large (at most ${countOf(maxBytes, 'byte')}).`,
): Promise<JsonBody> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/json\s*(;|$)/i.test(type)) return refuse(415, 'Send the body as JSON (Content-Type: application/json).')
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxBytes) return refuse(413, tooLarge)
  const text = await request.text()
  if (Buffer.byteLength(text, 'utf8') > maxBytes) return refuse(413, tooLarge)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return refuse(400, 'The request body is not valid JSON.')
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return refuse(400, 'The request body must be a JSON object.')
  return { ok: true, value: value as Record<string, unknown> }
}
