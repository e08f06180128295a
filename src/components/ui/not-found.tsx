import { Link } from '@tanstack/react-router'

/** The friendly 404: unknown URLs and unknown issue, page or article ids all end here. */
export function NotFound() {
  return (
    <section className="mx-auto max-w-xl py-20 text-center" aria-labelledby="not-found-title">
      <title>此页未见刊载 · 版面</title>
      <p className="text-6xl font-bold tracking-widest text-accent">404</p>
      <h1 id="not-found-title" className="mt-4 text-2xl font-bold">
        此页未见刊载
      </h1>
      <p className="mt-3 text-muted">您要找的报纸、版面或文章不在本报库中,可能是地址有误,或已被移除。</p>
      <Link to="/" className="mt-8 inline-block border border-ink px-5 py-2 hover:bg-ink hover:text-paper">
        返回首页
      </Link>
    </section>
  )
}
