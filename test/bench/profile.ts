// Summarises a V8 .cpuprofile (node --cpu-prof): self time per function and
// per source file, as shares of all samples, to name the hot spots.
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export interface HotSpot {
  name: string
  share: number
  ms: number
}

function where(url: string, root: string): string {
  if (!url) return '(native)'
  const path = url.replace(/^file:\/\//, '')
  const rel = relative(root, path)
  return rel.startsWith('node_modules/') ? rel.split('/').slice(0, 2).join('/') : rel
}

/** Top functions and files by self time. */
export function hotSpots(profilePath: string, root: string, top = 15): { functions: HotSpot[]; files: HotSpot[] } {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const fnTime = new Map<string, number>()
  const fileTime = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame
    const dt = profile.timeDeltas[i] ?? 0
    if (!frame) return
    total += dt
    const file = where(frame.url, root)
    // tsx-compiled sources report line 0; a line number is shown only when it means something.
    const fn = `${frame.functionName || '(anonymous)'} ${file}${frame.lineNumber > 0 ? `:${frame.lineNumber + 1}` : ''}`
    fnTime.set(fn, (fnTime.get(fn) ?? 0) + dt)
    fileTime.set(file, (fileTime.get(file) ?? 0) + dt)
  })
  const rank = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, share: us / total, ms: us / 1000 }))
  return { functions: rank(fnTime), files: rank(fileTime) }
}
