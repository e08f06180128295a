import type { z } from 'zod/mini'

/** A bundle file that could not be loaded or did not match the schema. */
export class BundleLoadError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`)
    this.name = 'BundleLoadError'
  }
}

/** Fetches a bundle file (path relative to the bundle root) and validates it: the app trusts nothing it reads. */
export async function fetchBundleFile<T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  const response = await fetch(`${import.meta.env.BASE_URL}data/${path}`, { signal })
  if (!response.ok) throw new BundleLoadError(path, `HTTP ${response.status}`)
  const parsed = schema.safeParse(await response.json())
  if (!parsed.success) throw new BundleLoadError(path, parsed.error.message)
  return parsed.data
}
