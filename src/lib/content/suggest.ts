/**
 * Edit distance between two strings by code point, counting a swap of two neighbouring
 * characters as one edit (optimal string alignment), since that is the commonest typo.
 */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  const rows: number[][] = [Array.from({ length: right.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= left.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const above = rows[i - 1] ?? [];
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[left.length]?.[right.length] ?? 0;
}

/**
 * The known value closest to `input`, when it is close enough to be a likely typo (at most a
 * third of its length away); otherwise undefined.
 */
export function closest(input: string, known: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: { value: string; distance: number } | undefined;
  for (const value of known) {
    const distance = editDistance(needle, value.toLowerCase());
    if (!best || distance < best.distance) best = { value, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(1, Math.floor(needle.length / 3)) ? best.value : undefined;
}

/** `did you mean "x"?` or an empty string, ready to append to a message. */
export function didYouMean(input: string, known: readonly string[]): string {
  const match = closest(input, known);
  return match ? ` Did you mean "${match}"?` : '';
}
