import Link from 'next/link'
import ui from '@/components/ui/ui.module.css'

export default function NotFound() {
  return (
    <div className={ui.narrow}>
      <h1>Page not found</h1>
      <p>There is nothing here, or it is not yours to see. Check the address, or go back to your dashboard.</p>
      <p>
        <Link href="/dashboard">Go to your dashboard</Link>
      </p>
    </div>
  )
}
