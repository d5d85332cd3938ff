/**
 * Reading values whose shape nobody has checked yet: what a YAML file holds before its schema has
 * run, or what a caught error carries. Pure; used by the schemas' refinements and by scripts.
 */

/**
 * True for a value whose fields can be read by name: any object but null. Arrays pass too (their
 * named fields read as undefined), because the schemas' refinements read whatever a file holds,
 * and a list written where a mapping belongs is reported by the schema itself.
 *
 * @param value Anything, typically parsed YAML or a caught error.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
