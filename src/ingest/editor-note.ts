// The editor's note (编者按) of a package: a few lines set under the package's headline, often after its pictures,
// introducing the stories below, and signed ——编者 when it runs as the package's opening paragraph. It belongs to the
// package: its label is no headline of its own, and its signature closes no story.
import type { Draft } from './segment'

/** The label opening an editor's note: 编者按, 编者的话, 编前, 编后 (with a colon or not). */
const NOTE_LABEL = /^[【〖[]?(?:编者按|编者的话|编前(?:语|话)?|编后(?:语|记)?)[】〗\]]?[：:]?$/
/** The editor's signature closing an introduction: ——编者, ——编  者, ——本报编辑部. */
const SIGNATURE = /^[—–－-]{1,2}[\s\u3000]*(?:编[\s\u3000]*者|本报编辑部|编辑部)[\s\u3000]*$/

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '')

export function isEditorNoteLabel(text: string): boolean {
  return NOTE_LABEL.test(squeeze(text))
}

export function isEditorSignature(text: string): boolean {
  return SIGNATURE.test(text.trim())
}

/** Longest line a picture's caption runs to when it is set as a plain sentence, with no credit. */
const CAPTION_MAX = 50

/**
 * A draft with no story of its own: no byline, and nothing under its head but pictures' captions — short lines, credited
 * or not — or nothing at all.
 */
const hasNoStory = (d: Draft): boolean => !d.bylines.length && d.body.every((u) => (u.role !== 'body' && u.role !== 'subhead') || u.text.length <= CAPTION_MAX)

/**
 * A draft headed by the editor's note label alone takes the headline of the package above it — the nearest titled
 * draft, past untitled pictures — when that headline stands over no story of its own; the label stays as the note's
 * first line. Without a headline to take, the draft is left as it is. Drafts left empty are dropped.
 */
export function adoptPackageHeadlines(drafts: Draft[]): Draft[] {
  drafts.forEach((d, i) => {
    if (d.kind === 'masthead' || d.head.length !== 1 || !isEditorNoteLabel(d.head[0]?.text ?? '')) return
    let k = i - 1
    while (k >= 0 && (drafts[k] as Draft).kind === 'photo' && !(drafts[k] as Draft).head.length) k--
    const owner = drafts[k]
    if (!owner || owner.kind === 'masthead' || !owner.head.length || !hasNoStory(owner)) return
    // The label keeps its own line over the note, as a subhead does.
    d.body.unshift(...d.head.map((u) => ({ ...u, role: 'subhead' as const })))
    d.head = owner.head
    owner.head = []
  })
  // A headline that stood alone is now the package's: nothing is left of its draft.
  return drafts.filter((d) => d.head.length || d.bylines.length || d.body.length)
}
