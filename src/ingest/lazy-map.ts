// A map whose values may be read only when asked for: a rebuild keeps the archive's bodies and search exports in the
// cache on disk and reads one only to write it anew, so adding a day does not read the whole archive. A lazy value is
// read again on each get (never kept in memory); iterating the map reads every value, one at a time.
export class LazyMap<K, V> extends Map<K, V> {
  private readonly loaders = new Map<K, () => V>()

  /** A value read by `load` whenever it is asked for. */
  setLazy(key: K, load: () => V): this {
    // Map's own slot holds a placeholder, so size, has and keys are Map's.
    super.set(key, undefined as V)
    this.loaders.set(key, load)
    return this
  }

  override set(key: K, value: V): this {
    this.loaders.delete(key)
    return super.set(key, value)
  }

  override get(key: K): V | undefined {
    const load = this.loaders.get(key)
    return load ? load() : super.get(key)
  }

  override delete(key: K): boolean {
    this.loaders.delete(key)
    return super.delete(key)
  }

  override clear(): void {
    this.loaders.clear()
    super.clear()
  }

  override *entries(): MapIterator<[K, V]> {
    for (const key of super.keys()) yield [key, this.get(key) as V]
  }

  override *values(): MapIterator<V> {
    for (const key of super.keys()) yield this.get(key) as V
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries()
  }

  override forEach(fn: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) fn.call(thisArg, value, key, this)
  }
}
