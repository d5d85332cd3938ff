/** Names of creators and brands. Small and dependency-free: the browser's search uses it too. */

/** A name in Latin script: the name itself, or its first alias when it is written otherwise. */
export function latinName(name: string, aliases: readonly string[]): string {
  return /\p{Script=Latin}/u.test(name) ? name : (aliases[0] ?? name);
}
