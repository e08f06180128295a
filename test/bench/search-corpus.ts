// The search bench's corpus: about 100,000 paragraphs (~14 M characters) made by
// recombining and mutating the seeds' sentences into articles, pages and dated
// issues, newest first — the shape the build shards. Deterministic. Also the
// query set: fixed queries of every kind plus substrings drawn from the corpus.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SearchDoc, SearchIssue } from '../../src/search/build-shards'
import { rng } from './corpus'

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!

/** Latin, digits and width variants sprinkled into the text, so those queries have answers. */
const TOKENS = ['5G', 'SCORE', 'Score', 'ＳＣＯＲＥ', '1190.1', '36.8%', '３６.８％', 'AI', 'GDP', 'APP', '2024年', '12345', 'No.1', 'C919']
const PAPERS = ['衢州日报', '永康日报', '嘉兴日报', '金华日报', '丽水日报', '湖州日报', '台州晚报', '绍兴日报']

export interface SearchCorpus {
  issues: SearchIssue[]
  papers: { id: string; name: string }[]
  paragraphs: number
  chars: number
}

export function seedSentences(seedDir: string): { sentences: string[]; headlines: string[]; chars: string } {
  const sentences: string[] = []
  const headlines: string[] = []
  for (const file of readdirSync(seedDir).sort()) {
    const text = readFileSync(join(seedDir, file), 'utf8').replace(/^---[\s\S]*?---/, '')
    for (const block of text.split(/\n\s*\n/)) {
      const line = block.replace(/^#+\s*/gm, '').replace(/\s*\n\s*/g, '').trim()
      if (!line) continue
      if (line.length <= 30 && !/[。，]/.test(line)) headlines.push(line)
      else sentences.push(...(line.match(/[^。！？]+[。！？]?/g) ?? []))
    }
  }
  return { sentences, headlines, chars: [...new Set(sentences.join(''))].filter((c) => /\p{Script=Han}/u.test(c)).join('') }
}

export function mutate(r: () => number, sentence: string, chars: string): string {
  let s = sentence.replace(/\d+/g, (d) => (r() < 0.5 ? d : String(Math.floor(r() * 10 ** d.length))))
  if (r() < 0.3) {
    // Replace a few characters, so recombined text is not only seed text.
    const a = [...s]
    for (let k = 0; k < 3; k++) a[Math.floor(r() * a.length)] = pick(r, [...chars.slice(0, 3000)])
    s = a.join('')
  }
  if (r() < 0.08) {
    const at = Math.floor(r() * s.length)
    s = s.slice(0, at) + pick(r, TOKENS) + s.slice(at)
  }
  return s
}

export function generateSearchCorpus(seedDir: string, targetParagraphs = 100_000, seed = 7): SearchCorpus {
  const r = rng(seed)
  const { sentences, headlines, chars } = seedSentences(seedDir)
  const papers = PAPERS.map((name, i) => ({ id: `p${i}`, name }))
  const issues: SearchIssue[] = []
  let paragraphs = 0
  let total = 0
  let day = Date.UTC(2024, 11, 31)
  for (let n = 0; paragraphs < targetParagraphs; n++) {
    const paper = papers[n % papers.length]!
    if (n % papers.length === 0 && n > 0) day -= 86_400_000
    const date = new Date(day).toISOString().slice(0, 10)
    const issueId = `${paper.id}-${date.replaceAll('-', '')}`
    const docs: SearchDoc[] = []
    const pages = 4 + Math.floor(r() * 5)
    for (let page = 1; page <= pages && paragraphs < targetParagraphs; page++) {
      const articles = 3 + Math.floor(r() * 4)
      for (let a = 0; a < articles && paragraphs < targetParagraphs; a++) {
        const body: string[] = []
        const count = 3 + Math.floor(r() * 5)
        for (let p = 0; p < count; p++) {
          let para = ''
          while (para.length < 50 + r() * 100) para += mutate(r, pick(r, sentences), chars)
          body.push(para)
          total += para.length
        }
        paragraphs += count
        const title = mutate(r, pick(r, headlines), chars)
        total += title.length
        docs.push([`${issueId}-${page}-${a}`, String(page), r() < 0.9 ? 'news' : 'commentary', '', title, '', body.join('\n')])
      }
    }
    issues.push({ id: issueId, paperId: paper.id, date, docs })
  }
  return { issues, papers, paragraphs, chars: total }
}

/** About 50 queries: 1–4 characters, multi-term, phrases, exclusions, Latin, digits, width variants, absent text. */
export function querySet(corpus: SearchCorpus, seed = 11): string[] {
  const fixed = [
    '衢', '的', '州', '鹅', '5', '水',
    '发展', '衢州', '乡村', '记者', '振兴',
    '高质量', '新时代', '乡村振兴', '共同富裕', '量子纠缠',
    '衢州 发展', '乡村 振兴 -衢州', '记者 通讯员', '"高质量 发展"', '-的',
    '5G', 'score', 'ＳＣＯＲＥ', '1190.1', '36.8%', '３６.８％', 'AI', 'c919', 'no.1', '2024年',
  ]
  const r = rng(seed)
  const docs = corpus.issues.flatMap((i) => i.docs)
  const drawn: string[] = []
  while (drawn.length < 20) {
    const text = pick(r, docs)[6]
    const len = 1 + Math.floor(r() * 4)
    const at = Math.floor(r() * Math.max(1, text.length - len))
    const q = text.slice(at, at + len)
    if (!/[\s"“「『-]/.test(q)) drawn.push(q)
  }
  // Two-term queries from one document, so AND has answers.
  for (let k = 0; k < 4; k++) {
    const text = pick(r, docs)[6]
    drawn.push(`${text.slice(10, 12)} ${text.slice(60, 63)}`.replace(/["“「『\n]/g, ''))
  }
  return [...fixed, ...drawn]
}
