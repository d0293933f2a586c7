import type { TSources } from '@/lib/content/schemas'

/** Full citations for a list of source keys, in the order given. */
export function Bibliography({ sources, keys, className }: { sources: TSources; keys: string[]; className?: string }) {
  return (
    <ol className={className}>
      {keys.map((key) => (
        <li key={key}>{sources[key].citation}</li>
      ))}
    </ol>
  )
}
