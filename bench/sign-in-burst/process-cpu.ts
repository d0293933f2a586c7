// CPU time of the server from /proc (Linux only). The main thread is the one that runs JavaScript,
// so its time is what a sign-in takes from every other request; libuv's thread pool, where native
// hashing runs, shows only in the whole process's time.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100

export interface CpuSample {
  mainThreadMs: number
  processMs: number
}

/** utime + stime of a /proc stat line, in ms. The command name may hold spaces: fields count from its ')'. */
function cpuMsOf(statFile: string): number {
  const fields = fs.readFileSync(statFile, 'utf8').split(')').pop()!.trim().split(/\s+/)
  // After the name: state is field 3 of stat(5), utime 14 and stime 15.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
}

export function sampleCpu(pid: number): CpuSample {
  return { mainThreadMs: cpuMsOf(`/proc/${pid}/task/${pid}/stat`), processMs: cpuMsOf(`/proc/${pid}/stat`) }
}

function listeningInodes(port: number): Set<string> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/)
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; the inode is column 10.
      if (cols.length > 9 && cols[1].endsWith(`:${hexPort}`) && cols[3] === '0A') inodes.add(cols[9])
    }
  }
  return inodes
}

/**
 * The process that holds the listening socket, among the server's process group: `next start`
 * serves in its own process today, but this does not rely on that.
 */
export function findListeningPid(groupId: number, port: number): number {
  const inodes = listeningInodes(port)
  for (const entry of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const groupOf = Number(fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(')').pop()!.trim().split(/\s+/)[2])
      if (groupOf !== groupId) continue
      for (const fd of fs.readdirSync(`/proc/${entry}/fd`)) {
        const target = fs.readlinkSync(`/proc/${entry}/fd/${fd}`)
        if (inodes.has(target.replace(/^socket:\[(\d+)\]$/, '$1'))) return Number(entry)
      }
    } catch {
      // the process ended, or is not ours to read
    }
  }
  return groupId
}
