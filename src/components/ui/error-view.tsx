import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router'
import { useEffect } from 'react'

/** Shown when bundle data fails to load; 重试 clears the failed queries and runs the loaders again. */
export function ErrorView({ error }: ErrorComponentProps) {
  const router = useRouter()
  const queryErrorResetBoundary = useQueryErrorResetBoundary()

  // Without this reset, useSuspenseQuery would rethrow the cached error on retry.
  useEffect(() => {
    queryErrorResetBoundary.reset()
  }, [queryErrorResetBoundary])

  return (
    <section role="alert" className="mx-auto max-w-xl py-20 text-center">
      <h1 className="text-2xl font-bold">资料加载失败</h1>
      <p className="mt-3 text-muted">报纸数据暂时无法读取,请检查网络后重试。</p>
      <p className="mt-2 font-mono text-xs break-all text-muted/80">{error instanceof Error ? error.message : String(error)}</p>
      <button
        type="button"
        onClick={() => void router.invalidate()}
        className="mt-8 cursor-pointer border border-ink px-5 py-2 hover:bg-ink hover:text-paper"
      >
        重试
      </button>
    </section>
  )
}
