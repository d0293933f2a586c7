import { CopyableLink, CopyButton } from '@/components/ui/copy-button'
import ui from '@/components/ui/ui.module.css'
import { canvasConfiguration } from '@/lib/lti/canvas-config'
import { PLACEMENTS, TOOL_SCOPES, toolUrls } from '@/lib/lti/tool-urls'

/** What a platform's administrator pastes into Canvas or Moodle; docs/lti.md walks through it. */
export function PastePanel({ origin, headingLevel = 2 }: { origin: string; headingLevel?: 2 | 3 }) {
  const urls = toolUrls(origin)
  const json = JSON.stringify(canvasConfiguration(urls, origin), null, 2)
  const Heading = `h${headingLevel}` as const
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4'
  const rows = [
    ['Login URL (OpenID Connect Initiation URL, Initiate login URL)', urls.loginUrl],
    ['Redirect URI (Redirect URIs, Redirection URI(s))', urls.launchUrl],
    ['Public JWK URL (Public keyset)', urls.jwksUrl],
    ['Target link URI (Tool URL)', urls.targetLinkUri],
    ['Deep-linking URL (Content Selection URL)', urls.deepLinkUrl],
  ] as const
  return (
    <section aria-labelledby="paste-heading">
      <Heading id="paste-heading">What to paste into the platform</Heading>
      <dl>
        {rows.map(([label, url]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <CopyableLink url={url} label={label} />
            </dd>
          </div>
        ))}
        <div>
          <dt>Scopes</dt>
          <dd>
            <ul>
              {TOOL_SCOPES.map((scope) => (
                <li key={scope}>
                  <CopyableLink url={scope} label={`scope ${scope}`} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Placements</dt>
          <dd>
            <ul>
              {PLACEMENTS.map((p) => (
                <li key={p.name}>
                  {p.name}: {p.why}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <Sub>Canvas: the developer key as JSON</Sub>
      <p className={ui.hint}>In Canvas, Developer Keys → + Developer Key → LTI Key → Method: Paste JSON.</p>
      <CopyButton text={json} label="the Canvas JSON configuration" />
      <pre className={ui.scrollX}>
        <code className={ui.code}>{json}</code>
      </pre>
    </section>
  )
}
