// npm run score [-- corpusDir] [--misses] [--paper slug] — the ingest's accuracy on a corpus of
// real pages with ground truth (layout: test/corpus/README.md), as Markdown tables:
// overall, per paper and per input format, and the same pages hard-wrapped at 18 characters.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type CorpusPage, type PageScore, type Tally, ingestCorpusPage, loadCorpus, reading, scorePage, sum } from './accuracy'

const root = fileURLToPath(new URL('../..', import.meta.url))

function corpusDir(arg: string | undefined): string {
  const candidates = [arg, process.env.BANMIAN_CORPUS, join(root, 'test/corpus/dev')]
  const found = candidates.find((d) => d && existsSync(join(d, 'truth')))
  if (!found) throw new Error(`no corpus found (tried ${candidates.filter(Boolean).join(', ')}); see test/corpus/README.md`)
  return found
}

const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : '—')

const COLUMNS = ['pages', 'stories', 'headlines exact', 'stories whole', 'items / story', 'authors right', 'kinds right', 'metadata right', 'subheads marked', 'wrong place tags', 'chars lost', 'warnings']

function cells(label: string, t: Tally): string[] {
  return [
    label, String(t.pages), String(t.items), pct(t.headlinesExact, t.items), pct(t.storiesWhole, t.items),
    t.items ? (t.emitted / t.items).toFixed(2) : '—', pct(t.authorsRight, t.nAuthors), pct(t.kindsRight, t.items),
    pct(t.metaRight, t.nMeta), pct(t.subheadsRight, t.nSubheads), `${pct(t.wrongPlaceTags, t.placeTags)} of ${t.placeTags}`,
    String(t.charsLost), String(t.warnings),
  ]
}

function table(title: string, first: string, rows: string[][]): string {
  const line = (c: string[]) => `| ${c.join(' | ')} |`
  return [`### ${title}`, '', line([first, ...COLUMNS]), line([first, ...COLUMNS].map(() => '---')), ...rows.map(line)].join('\n')
}

function groupBy(scores: PageScore[], pages: CorpusPage[], key: (p: CorpusPage) => string): string[][] {
  const groups = new Map<string, PageScore[]>()
  scores.forEach((s, i) => {
    const k = key(pages[i] as CorpusPage)
    groups.set(k, [...(groups.get(k) ?? []), s])
  })
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => cells(k, sum(g)))
}

function main(): void {
  const args = process.argv.slice(2)
  const flag = (name: string) => args.includes(name)
  const option = (name: string) => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--paper'))
  const dir = corpusDir(positional[0])
  const only = option('--paper')
  const pages = loadCorpus(dir).filter((p) => !only || p.paper === only)
  const started = performance.now()
  const outs = pages.map((p) => ingestCorpusPage(p))
  const seconds = (performance.now() - started) / 1000
  const scores = pages.map((p, i) => scorePage(p, outs[i] as ReturnType<typeof ingestCorpusPage>))
  const wrapped = pages.map((p) => ingestCorpusPage(p, 18))
  const wrappedScores = pages.map((p, i) => scorePage(p, wrapped[i] as ReturnType<typeof ingestCorpusPage>))
  const same = wrapped.filter((w, i) => reading(w) === reading(outs[i] as ReturnType<typeof ingestCorpusPage>)).length
  const papers = new Set(pages.map((p) => p.paper)).size
  console.log(`## Ingest accuracy: ${pages.length} pages of ${papers} papers (${dir}), page steps ${seconds.toFixed(2)} s\n`)
  console.log(table('all pages', 'corpus', [cells('as given', sum(scores)), cells('hard-wrapped at 18', sum(wrappedScores))]))
  console.log(`\nHard-wrapped at 18 characters, ${same} of ${pages.length} pages read exactly as the originals.\n`)
  console.log(table('by paper', 'paper', groupBy(scores, pages, (p) => p.paper)))
  console.log('')
  console.log(table('by input format', 'format', groupBy(scores, pages, (p) => p.truth.format ?? '?')))
  if (flag('--misses')) {
    console.log('\n### misses\n')
    for (const s of scores) if (s.misses.length) console.log(`- ${s.file}\n${s.misses.map((m) => `  - ${m}`).join('\n')}`)
  }
}

main()
