/** Shown while a route's data loads (the router waits a moment first, so fast loads never flash it). */
export function Pending() {
  return (
    <p role="status" className="py-20 text-center tracking-[0.3em] text-muted">
      正在排版…
    </p>
  )
}
