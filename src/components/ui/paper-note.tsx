// What a paper's name comes with on every screen: a mark when the name was
// inferred; for an unnamed paper, the reason in small type (never a made-up name).
import type { Paper } from '@/schema/bundle'
import { InferredMark } from './inferred-mark'

export function PaperNote({ paper }: { paper: Pick<Paper, 'nameInferred' | 'unnamed'> }) {
  if (paper.unnamed) return <small className="ml-2 inline-block text-xs font-normal tracking-normal text-muted">{paper.unnamed}</small>
  return paper.nameInferred ? <InferredMark basis="原版未印中文报名,据报头英文名或文件夹名推断" /> : null
}
