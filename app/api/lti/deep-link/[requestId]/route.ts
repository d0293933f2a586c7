import { route } from '@/lib/http/route'
import { publicOrigin } from '@/lib/http/public-url'
import { answerDeepLink } from '@/lib/lti/deep-linking/deep-link-response'
import { deepLinkReturnPage } from '@/lib/lti/launch-pages'

// The signed deep-linking answer, posted by the browser to the course site's return URL.
export const GET = route<{ requestId: string }>({ access: ['INSTRUCTOR', 'ADMIN'] }, async ({ request, params, user }) => {
  const assignmentId = new URL(request.url).searchParams.get('assignment') ?? ''
  const answer = await answerDeepLink({ userId: user.id, requestId: params.requestId, assignmentId, origin: publicOrigin(request.headers) })
  return deepLinkReturnPage(answer)
})
