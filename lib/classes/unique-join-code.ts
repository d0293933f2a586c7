import 'server-only'
import type { Tx } from '@/lib/db'
import { generateJoinCode } from './join-code'

/** A join code no class has. Collisions are ~1 in 10^11 per draw; the loop makes them harmless. */
export async function uniqueJoinCode(tx: Tx): Promise<string> {
  for (;;) {
    const code = generateJoinCode()
    if (!(await tx.class.findUnique({ where: { joinCode: code }, select: { id: true } }))) return code
  }
}
