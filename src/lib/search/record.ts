/** A record with one value per key, typed by its keys (no `Object.fromEntries` cast at each use). */
export function recordOf<K extends string, V>(
  keys: readonly K[],
  value: (key: K) => V,
): Record<K, V> {
  const record = {} as Record<K, V>;
  for (const key of keys) record[key] = value(key);
  return record;
}
