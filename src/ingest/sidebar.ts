// Sidebars (延伸阅读, 相关链接, 背景链接): a box set beside or under a story with more on its subject, often a short
// report with a headline and a dateline of its own. It belongs to the story it stands with: its label and headline
// are subheads of that story and its text the story's last paragraphs, never a story of its own.
import type { Classified, Draft } from './segment'

/** The label over a sidebar, bracketed or not, with a colon or not. */
const SIDEBAR_LABEL = /^[【〖[]?(?:延伸阅读|相关阅读|拓展阅读|相关链接|背景链接|知识链接|新闻链接|链接|背景资料|新闻背景)[】〗\]]?[：:]?$/

export const isSidebarLabel = (text: string): boolean => SIDEBAR_LABEL.test(text.replace(/[\s\u3000]+/g, ''))

/** A headline tagged as a sidebar by its column tag: 某某推出在线服务（链接）, 某某大事记(背景链接). */
const SIDEBAR_TAG = /[（(]([^（()）]{1,6})[）)]$/

/** Is the draft's head a sidebar's: its label over it, or a headline tagged as one? */
function headsSidebar(head: Classified[]): boolean {
  if (isSidebarLabel(head[0]?.text ?? '')) return true
  return head.some((u) => {
    const tag = SIDEBAR_TAG.exec(u.text.trim())?.[1]
    return tag !== undefined && isSidebarLabel(tag)
  })
}

const asRole = (u: Classified, role: Classified['role']): Classified => ({ ...u, role })

/** A draft headed by a sidebar's label, or by a headline tagged as a sidebar, joins the story right above it; drafts that stand alone are left as they are. */
export function joinSidebars(drafts: Draft[]): Draft[] {
  const out: Draft[] = []
  for (const d of drafts) {
    const owner = out[out.length - 1]
    if (owner?.kind === 'article' && d.kind === 'article' && d.head.length && headsSidebar(d.head)) {
      owner.body.push(...d.head.map((u) => asRole(u, 'subhead')), ...d.bylines.map((u) => asRole(u, 'body')), ...d.body)
      continue
    }
    out.push(d)
  }
  return out
}
