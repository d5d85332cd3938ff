/** Patterns that both the content checks and the browser apply. */

/** An id: the file name of a story, creator or brand. Lowercase letters and digits, single hyphens between. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
