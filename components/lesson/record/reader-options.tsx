import { OpenAllNotes } from './open-all-notes'
import ui from '@/components/ui/ui.module.css'
import styles from './record.module.css'

/**
 * The reader's two toggles are plain checkboxes: the record's stylesheet reacts to them with
 * :has(), so they work without JavaScript and cost none.
 */
export function ReaderOptions() {
  return (
    <div className={`${styles.options} no-print`} role="group" aria-label="Reading options" data-reader-toolbar="">
      <label className={styles.option}>
        <input type="checkbox" className={styles.showNotes} defaultChecked /> Show notes
      </label>
      <OpenAllNotes className={`${ui.small} ${styles.openAll}`} />
      <label className={styles.option}>
        <input type="checkbox" className={styles.showMarks} /> Highlight insertions and elisions
      </label>
      <p className={styles.legend}>
        <span className={styles.insertion}>[words]</span> added by the translators · <span className={styles.elision}>[...]</span> passage
        left out · <span className={styles.aside}>(…)</span> the note-taker’s aside
      </p>
    </div>
  )
}
