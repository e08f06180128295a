// Answers remembered per line, for the page being read. Several steps ask the same question of the same line: the
// unwrap, the block splitter, the classifier and the article builder each ask whether a line is site furniture or
// opens with a dateline. A reader wrapped here answers a line it has seen once from memory; every memo forgets its
// lines as the next page begins, so nothing is kept past a page.

/** Stands for a remembered `undefined`, so a miss needs one lookup, not two. */
const NONE = Symbol('none')
/** A guard on memory for callers that read lines outside the page step (tests, tools): a memo this full starts over. */
const MAX_LINES = 4096

const memos: Map<string, unknown>[] = []

/**
 * `read`, answering each line from memory after the first time. `read` must be a pure function of the line, and its
 * callers must not change what it returns (the same answer is handed to each). Lines longer than `maxLength` are read
 * anew each time: a reader that rejects long lines at once does so faster than a lookup.
 */
export function memoByLine<R>(read: (line: string) => R, maxLength = Infinity): (line: string) => R {
  const memo = new Map<string, R | typeof NONE>()
  memos.push(memo)
  return (line: string): R => {
    if (line.length > maxLength) return read(line)
    const known = memo.get(line)
    if (known !== undefined) return (known === NONE ? undefined : known) as R
    const answer = read(line)
    if (memo.size >= MAX_LINES) memo.clear()
    memo.set(line, answer === undefined ? NONE : answer)
    return answer
  }
}

/** Forgets what every memo holds: called as each page begins. */
export function forgetLines(): void {
  for (const memo of memos) memo.clear()
}
