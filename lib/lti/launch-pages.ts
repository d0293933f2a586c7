import 'server-only'
import crypto from 'node:crypto'

// The few HTML pages the LTI endpoints answer with, outside the app's layout because they are
// served inside the platform's frame between redirects: the platform-storage steps, the page that
// continues into Lectern, and the refusal page. Each has its own Content-Security-Policy: its one
// inline script by nonce, forms only to where they must go, and framing only by the platform.

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
/** A value for a script: JSON with "<" escaped, so no string can close the script element. */
const scriptValue = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c')

export interface PageOptions {
  title: string
  body: string
  script?: string
  frameAncestors: string[]
  formAction?: string[]
  status?: number
  headers?: Record<string, string>
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:36rem;padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem}a,button{font:inherit}button,.button{background:#1d4ed8;color:#fff;border:0;border-radius:.4rem;padding:.6rem 1rem;cursor:pointer;text-decoration:none;display:inline-block}
button:focus-visible,.button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}.check{border-left:4px solid #b45309;padding:.2rem 1rem;background:#fffbeb}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}.check{background:#3a2a05}}`

export function htmlPage(opts: PageOptions): Response {
  const nonce = crypto.randomBytes(16).toString('base64')
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'unsafe-inline'",
    `form-action 'self' ${(opts.formAction ?? []).join(' ')}`.trim(),
    `frame-ancestors ${opts.frameAncestors.length ? opts.frameAncestors.join(' ') : "'none'"}`,
    "base-uri 'none'",
  ].join('; ')
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts.title)} · Lectern</title><style>${STYLE}</style></head><body><main>${opts.body}</main>${
    opts.script ? `<script nonce="${nonce}">${opts.script}</script>` : ''
  }</body></html>`
  const headers = new Headers({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': csp,
    'referrer-policy': 'no-referrer',
    ...opts.headers,
  })
  if (opts.frameAncestors.length === 0) headers.set('x-frame-options', 'DENY')
  return new Response(html, { status: opts.status ?? 200, headers })
}

/** The refusal page: what failed, in words an admin can act on. */
export function launchRefusedPage(check: string, frameAncestors: string[], status = 400): Response {
  return htmlPage({
    title: 'Lectern could not open',
    status,
    frameAncestors,
    body: `<h1>Lectern could not open from your course</h1><p class="check" role="alert">${escapeHtml(check)}</p><p>If this keeps happening, send your course site’s administrator this message and the time it happened (${escapeHtml(new Date().toISOString())}).</p>`,
  })
}

// The LTI postMessage storage protocol (1EdTech lti-pm-s v0.1): put or get one value in the
// platform's frame, answered by a message with the same id. Shared by both storage pages.
const STORAGE_CLIENT = `function ltiStorage(targetName, origin) {
  var target = targetName === '_parent' ? window.parent : window.parent.frames[targetName];
  return function (subject, key, value) {
    return new Promise(function (resolve, reject) {
      var id = Math.random().toString(36).slice(2);
      var timer = setTimeout(function () { window.removeEventListener('message', onMessage); reject(new Error('timeout')); }, 5000);
      function onMessage(event) {
        if (event.origin !== origin || !event.data || event.data.message_id !== id) return;
        clearTimeout(timer); window.removeEventListener('message', onMessage);
        if (event.data.error) reject(new Error(event.data.error.code || 'error')); else resolve(event.data.value);
      }
      window.addEventListener('message', onMessage);
      var message = { subject: subject, message_id: id, key: key };
      if (value !== undefined) message.value = value;
      target.postMessage(message, origin);
    });
  };
}`

/** Login, platform-storage path: keep the state in the platform's frame, then go to its authorization endpoint. */
export function storeStatePage(opts: {
  state: string
  storageTarget: string
  platformOrigin: string
  redirectUrl: string
  frameAncestors: string[]
  setCookie: string
}): Response {
  return htmlPage({
    title: 'Opening Lectern',
    frameAncestors: opts.frameAncestors,
    headers: { 'set-cookie': opts.setCookie },
    body: '<p>Opening Lectern…</p>',
    script: `${STORAGE_CLIENT}
var put = ltiStorage(${scriptValue(opts.storageTarget)}, ${scriptValue(opts.platformOrigin)});
var go = function () { window.location.replace(${scriptValue(opts.redirectUrl)}); };
put('lti.put_data', ${scriptValue(`lectern-state-${opts.state}`)}, ${scriptValue(opts.state)}).then(go, go);`,
  })
}

/** Launch, platform-storage path: read the state back from the platform's frame and post the launch again with it. */
export function checkStatePage(opts: {
  idToken: string
  state: string
  storageTarget: string
  platformOrigin: string
  frameAncestors: string[]
}): Response {
  return htmlPage({
    title: 'Opening Lectern',
    frameAncestors: opts.frameAncestors,
    body: `<p>Opening Lectern…</p><form id="relaunch" method="post" action="/api/lti/launch"><input type="hidden" name="id_token" value="${escapeHtml(opts.idToken)}"><input type="hidden" name="state" value="${escapeHtml(opts.state)}"><input type="hidden" name="platform_state" value=""></form>`,
    script: `${STORAGE_CLIENT}
var get = ltiStorage(${scriptValue(opts.storageTarget)}, ${scriptValue(opts.platformOrigin)});
var form = document.getElementById('relaunch');
get('lti.get_data', ${scriptValue(`lectern-state-${opts.state}`)}).then(function (value) { form.elements.platform_state.value = value || ''; form.submit(); }, function () { form.submit(); });`,
  })
}

/**
 * After a verified launch: continue into Lectern. Opened as a window of its own, it goes straight
 * on. In the platform's frame it stays there only when the platform offered platform storage (its
 * browser then keeps a partitioned cookie); otherwise it offers a new window — the safe default,
 * since a browser that blocks third-party cookies would lose the session inside the frame.
 */
export function continuePage(opts: {
  enterUrl: string
  embeddedEnterUrl: string
  canStayInFrame: boolean
  frameAncestors: string[]
}): Response {
  return htmlPage({
    title: 'Open Lectern',
    frameAncestors: opts.frameAncestors,
    body: `<h1>Lectern is ready</h1><p id="explain">Lectern opens in a window of its own, so that your browser keeps you signed in.</p>
<p><a class="button" id="open" href="${escapeHtml(opts.enterUrl)}" target="_blank" rel="noopener">Open Lectern in a new window</a></p>`,
    script: `var framed = window.top !== window.self;
if (!framed) window.location.replace(${scriptValue(opts.enterUrl)});
else if (${opts.canStayInFrame ? 'true' : 'false'}) window.location.replace(${scriptValue(opts.embeddedEnterUrl)});
else document.getElementById('open').addEventListener('click', function () { document.getElementById('explain').textContent = 'Lectern is open in another window. You can close this one.'; });`,
  })
}

/** Deep linking: post the signed answer (form field JWT) to the course site, where it makes the link. */
export function deepLinkReturnPage(opts: { returnUrl: string; jwt: string; frameOrigins: string[] }): Response {
  return htmlPage({
    title: 'Adding to your course',
    frameAncestors: opts.frameOrigins,
    formAction: [new URL(opts.returnUrl).origin],
    body: `<h1>Adding to your course…</h1><form id="answer" method="post" action="${escapeHtml(opts.returnUrl)}"><input type="hidden" name="JWT" value="${escapeHtml(opts.jwt)}"><button type="submit">Continue to the course site</button></form>`,
    script: `document.getElementById('answer').submit();`,
  })
}

/**
 * Login without platform storage. Opened as a window of its own, it goes straight on to the
 * platform. In the platform's frame it offers to start again in a new window instead: there the
 * state cookie is first-party, which a browser that blocks third-party cookies would otherwise
 * drop — and the launch would fail at the state check.
 */
export function loginPage(opts: { redirectUrl: string; newWindowUrl: string; frameAncestors: string[]; setCookie: string }): Response {
  return htmlPage({
    title: 'Open Lectern',
    frameAncestors: opts.frameAncestors,
    headers: { 'set-cookie': opts.setCookie },
    body: `<h1>Lectern opens in its own window</h1><p id="explain">So that your browser keeps you signed in, Lectern opens in a window of its own.</p>
<p><a class="button" id="open" href="${escapeHtml(opts.newWindowUrl)}" target="_blank" rel="noopener">Open Lectern in a new window</a></p>
<noscript><p><a href="${escapeHtml(opts.redirectUrl)}">Continue</a></p></noscript>`,
    script: `if (window.top === window.self) window.location.replace(${scriptValue(opts.redirectUrl)});
else document.getElementById('open').addEventListener('click', function () { document.getElementById('explain').textContent = 'Lectern is open in another window. You can go on working there.'; });`,
  })
}
