/** SVG markup of the abstract artwork for a slug. */
export function heroSvg(slug: string, width?: number, height?: number): string;
