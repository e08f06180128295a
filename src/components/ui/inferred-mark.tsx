/** Marks a value the ingest inferred rather than read off the page; the basis shows on hover and to screen readers. */
export function InferredMark({ basis }: { basis?: string }) {
  const explanation = basis ? `推断:${basis}` : '此项为推断,原版未印'
  return (
    <abbr
      title={explanation}
      aria-label={explanation}
      className="mx-0.5 inline-block -translate-y-px cursor-help rounded-sm border border-accent/50 px-1 align-middle text-[0.65rem] leading-4 font-normal tracking-normal text-accent no-underline"
    >
      推断
    </abbr>
  )
}
