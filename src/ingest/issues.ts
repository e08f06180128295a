// Step 7: pages → papers and issues (期), stable ids, linked continuations,
// and the catalog. Ids hash what identifies a thing (paper, date, page,
// headline), never a file's position among other files.
import { createHash } from 'node:crypto'
import type { Article, Catalog, IssueBody, IssueSummary, Page, Paper, PlaceEntry, Warning } from '../schema/bundle'
import { chainOf } from './gazetteer'
import { BUNDLE_VERSION } from '../schema/bundle'
import type { PageDraft } from './page'

export function shortHash(key: string, length = 12): string {
  const digest = createHash('sha1').update(key).digest()
  return digest.readBigUInt64BE(0).toString(36).padStart(13, '0').slice(0, length)
}

interface PaperIdentity {
  key: string
  paper: Paper
}

function paperOf(page: PageDraft): PaperIdentity {
  const { paper, edition, locality, localityCode } = page.meta
  if (paper) {
    const name = edition ? `${paper}·${edition}` : paper
    const nameInferred = page.meta.provenance.paper === 'inferred'
    return { key: `paper:${name}`, paper: { id: shortHash(`paper:${name}`, 8), name, edition, locality, localityCode, nameInferred } }
  }
  const place = locality ?? '未知地区'
  const name = edition ? `${place}·${edition}` : `${place}地方报`
  return { key: `place:${name}`, paper: { id: shortHash(`place:${name}`, 8), name, edition, locality, localityCode, nameInferred: true } }
}

function uniqueId(key: string, taken: Set<string>): string {
  let id = shortHash(key)
  for (let n = 1; taken.has(id); n++) id = shortHash(`${key}#${n}`)
  taken.add(id)
  return id
}

/** Links (下转N版) on one page with (上接M版) on page N of the same issue: same title first, else the only candidate. */
function linkContinuations(pages: Page[]): void {
  for (const page of pages) {
    for (const a of page.articles) {
      if (!a.continuedTo || a.continuedTo.articleId) continue
      const target = pages.find((p) => p.number === a.continuedTo?.page)
      const candidates = target?.articles.filter((b) => b.continuedFrom && b.continuedFrom.page === page.number && !b.continuedFrom.articleId) ?? []
      const match = candidates.find((b) => b.title && b.title === a.title) ?? (candidates.length === 1 ? candidates[0] : undefined)
      if (match?.continuedFrom) {
        a.continuedTo.articleId = match.id
        match.continuedFrom.articleId = a.id
      }
    }
  }
}

/** The used divisions and all their parents, outermost first, for the app's place hierarchy. */
function placeEntries(codes: Set<string>): PlaceEntry[] {
  const entries = new Map<string, PlaceEntry>()
  for (const code of codes) {
    for (const d of chainOf(code)) entries.set(d.code, { code: d.code, name: d.name, level: d.level, parent: d.parent })
  }
  return [...entries.values()].sort((a, b) => a.code.localeCompare(b.code))
}

export interface Assembled {
  catalog: Catalog
  bodies: Map<string, IssueBody>
}

export function assemble(drafts: PageDraft[], warnings: Warning[]): Assembled {
  const papers = new Map<string, Paper>()
  const groups = new Map<string, { paper: Paper; date?: string; drafts: PageDraft[] }>()
  for (const d of [...drafts].sort((a, b) => a.sourceFile.localeCompare(b.sourceFile))) {
    const { key, paper } = paperOf(d)
    papers.set(paper.id, papers.get(paper.id) ?? paper)
    const issueKey = d.meta.date ? `${key}|${d.meta.date}` : `${key}|undated|${d.sourceFile}`
    const group = groups.get(issueKey) ?? { paper, date: d.meta.date, drafts: [] }
    group.drafts.push(d)
    groups.set(issueKey, group)
  }
  const taken = new Set<string>()
  const bodies = new Map<string, IssueBody>()
  const issues: IssueSummary[] = []
  for (const [issueKey, group] of groups) {
    const issueId = group.date ? `${group.date}-${group.paper.id.slice(0, 6)}` : `u-${shortHash(issueKey, 10)}`
    group.drafts.sort((a, b) => (a.meta.pageNumber ?? 1e9) - (b.meta.pageNumber ?? 1e9) || a.sourceFile.localeCompare(b.sourceFile))
    const seenNumbers = new Set<number>()
    const pages: Page[] = group.drafts.map((d) => {
      const n = d.meta.pageNumber
      const duplicate = n !== undefined && seenNumbers.has(n)
      if (n !== undefined) seenNumbers.add(n)
      if (duplicate) warnings.push({ file: d.sourceFile, line: 0, message: `与同期另一文件同为第 ${n} 版 (another file claims the same paper, date and page)` })
      const pageKey = n !== undefined && !duplicate ? `${issueKey}|p${n}` : `${issueKey}|f:${d.sourceFile}`
      const counts = new Map<string, number>()
      const articles: Article[] = d.articles.map(({ startLine, endLine, interleaved: _interleaved, ...a }) => {
        const label = `${a.kind}|${a.kicker ?? ''}|${a.title}|${a.title ? '' : (a.paragraphs[0] ?? '').slice(0, 40)}`
        const n2 = counts.get(label) ?? 0
        counts.set(label, n2 + 1)
        return { ...a, id: uniqueId(`${pageKey}|${label}|${n2}`, taken), source: { file: d.sourceFile, startLine, endLine } }
      })
      return {
        id: shortHash(pageKey, 10),
        number: duplicate ? undefined : n,
        name: d.meta.pageName,
        sourceFile: d.sourceFile,
        encoding: d.encoding,
        meta: d.meta,
        frontMatter: d.frontMatter || undefined,
        articles,
      }
    })
    linkContinuations(pages)
    const lead = group.drafts[0]?.meta
    const body = `issues/${issueId}.json`
    bodies.set(issueId, { version: BUNDLE_VERSION, issueId, pages })
    issues.push({
      id: issueId,
      paperId: group.paper.id,
      date: group.date,
      year: group.date ? undefined : lead?.year,
      dateInferred: !group.date || lead?.provenance.date === 'inferred',
      weekday: lead?.weekday,
      lunarDate: lead?.lunarDate,
      serial: lead?.serial,
      pagesToday: lead?.pagesToday,
      body,
      pages: pages.map((p) => ({
        id: p.id,
        number: p.number,
        name: p.name,
        sourceFile: p.sourceFile,
        articles: p.articles.map(({ id, kind, title, kicker, subtitle, places }) => ({
          id,
          kind,
          title,
          kicker,
          subtitle,
          places: places.length ? [...places].sort((a, b) => Number(b.main ?? false) - Number(a.main ?? false)).map((pl) => pl.code) : undefined,
        })),
      })),
    })
  }
  issues.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (b.year ?? 0) - (a.year ?? 0) || a.id.localeCompare(b.id))
  const used = new Set<string>()
  for (const body of bodies.values()) for (const page of body.pages) {
    if (page.meta.localityCode) used.add(page.meta.localityCode)
    for (const a of page.articles) for (const pl of a.places) used.add(pl.code)
  }
  const catalog: Catalog = { version: BUNDLE_VERSION, papers: [...papers.values()], places: placeEntries(used), issues, warnings }
  return { catalog, bodies }
}
