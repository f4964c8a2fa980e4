/**
 * A cache of one value per object, kept on the object itself (a hidden, non-enumerable symbol-named property), with
 * the get / set of a WeakMap. For what is worked out once per text and read by several rules (a table's model, the
 * table sums, the sections), keyed by the text's facts or one of its tables.
 *
 * Why not a module-level WeakMap: the map lives in V8's old generation and its keys are young, and V8's young
 * collector (node 20) keeps the value of such an entry alive, so every scavenge during or after an audit copied and
 * then promoted the audit's tables, models and sums (1.2 MB of a 30,000-character 决算) — a large share of the
 * audit's cost. A property of the key dies with the key. (A key that cannot take a property — frozen — falls back
 * to a WeakMap.)
 */
export class ObjectSlot<K extends object, V> {
  readonly #slot = Symbol('slot');
  readonly #frozen = new WeakMap<K, V>();

  get(key: K): V | undefined {
    // (A value is never undefined: undefined is no value here, whether or not the key holds the slot.)
    const own = (key as Record<symbol, V | undefined>)[this.#slot];
    return own !== undefined ? own : this.#frozen.get(key);
  }

  set(key: K, value: V): this {
    if (Object.hasOwn(key, this.#slot)) (key as Record<symbol, V>)[this.#slot] = value;
    else if (Object.isExtensible(key)) Object.defineProperty(key, this.#slot, { value, writable: true, configurable: true, enumerable: false });
    else this.#frozen.set(key, value);
    return this;
  }
}
