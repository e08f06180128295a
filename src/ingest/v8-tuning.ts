// V8 tuning for a process whose job is the ingest (the CLI, the bench).
// The page steps are many mid-sized functions run over a large input once:
// V8's optimising compiler, by default, inlines deeply and recompiles after
// each type surprise, and on the 50 MB bench corpus that compiling was about a
// quarter of the CPU time, once per thread. A smaller inlining budget cut the
// total CPU time by about 11% there, with the same output.
import { setFlagsFromString } from 'node:v8'

/** Process-wide and best called first thing: code compiled before it keeps the old budget. Worker threads inherit it. */
export function tuneV8ForIngest(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=300')
}
