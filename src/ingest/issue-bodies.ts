// The issue bodies of an ingest: issue id → the body's JSON bytes, with each body's digest. The bodies of issues the cache
// served are read from it only when asked for (to write a new body file, to export a changed search shard), so a rebuild
// after adding a day does not read the whole archive's bodies.
import { createHash } from 'node:crypto'
import { LazyMap } from './lazy-map.ts'

/** The sha1 (hex) of a body's bytes: its first 10 digits name the body's file (issues/<id>.<digest>.json). */
export const bodyDigest = (body: Uint8Array): string => createHash('sha1').update(body).digest('hex')

export class IssueBodies extends LazyMap<string, Uint8Array> {
  private readonly known = new Map<string, { digest: string; size: number }>()

  /** A body in memory; its digest is computed now. */
  override set(id: string, body: Uint8Array): this {
    this.known.set(id, { digest: bodyDigest(body), size: body.byteLength })
    return super.set(id, body)
  }

  /** A body read by `load` whenever it is asked for, whose digest and size are known. */
  setLazyBody(id: string, digest: string, size: number, load: () => Uint8Array): this {
    this.known.set(id, { digest, size })
    return this.setLazy(id, load)
  }

  /** The body's digest, without reading it. */
  digest(id: string): string | undefined {
    return this.known.get(id)?.digest
  }

  /** The body's bytes, without reading it. */
  bytesOf(id: string): number | undefined {
    return this.known.get(id)?.size
  }
}
