import ui from './ui.module.css'

const tone = { error: ui.alertError, success: ui.alertSuccess, info: ui.alertInfo }

/** A message in words and colour; errors are announced at once, other messages politely. */
export function Alert({ kind, title, children }: { kind: keyof typeof tone; title?: string; children?: React.ReactNode }) {
  return (
    <div className={`${ui.alert} ${tone[kind]}`} role={kind === 'error' ? 'alert' : 'status'}>
      {title && <strong>{title}</strong>}
      {children && <p>{children}</p>}
    </div>
  )
}
