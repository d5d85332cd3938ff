/**
 * Abstract artwork for stories and share cards, seeded by a slug so the same story always gets
 * the same picture. It depicts no real person or brand.
 */
import { random } from './random.ts';

const palettes = [
  ['#0f3d3e', '#e8f1ee', '#f26b5b', '#f5c26b', '#3aa6a0'],
  ['#1d1a3a', '#f4efe6', '#ff7a59', '#8b7cf6', '#2ec4b6'],
  ['#2b2118', '#fbf3e4', '#d9643a', '#e9b949', '#6a994e'],
  ['#10263f', '#eef3f8', '#4f9dde', '#f7b538', '#db5461'],
  ['#3a0f2d', '#fdf0f5', '#e05780', '#ffb86b', '#5bc0be'],
  ['#14301f', '#f1f7ec', '#93c572', '#f4a259', '#5b8e7d'],
];

function hash(text: string): number {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ (char.codePointAt(0) ?? 0), 16777619);
  return value >>> 0;
}

/** SVG markup of the artwork for a slug. */
export function heroSvg(slug: string, width = 1600, height = 900): string {
  const next = random(hash(slug));
  const [ink, paper, ...accents] =
    palettes[Math.floor(next() * palettes.length)] ?? palettes[0] ?? [];
  const pick = () => accents[Math.floor(next() * accents.length)] ?? ink;
  const shapes: string[] = [];
  const columns = 8;
  const rows = 4;
  const cell = width / columns;
  for (let row = 0; row < rows + 1; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const x = column * cell;
      const y = row * cell - cell / 3;
      const kind = Math.floor(next() * 5);
      const fill = pick();
      if (kind === 0)
        shapes.push(
          `<circle cx="${x + cell / 2}" cy="${y + cell / 2}" r="${cell * 0.42}" fill="${fill}"/>`,
        );
      if (kind === 1)
        shapes.push(
          `<path d="M${x} ${y + cell} A${cell} ${cell} 0 0 1 ${x + cell} ${y}L${x + cell} ${y + cell}Z" fill="${fill}"/>`,
        );
      if (kind === 2)
        shapes.push(
          `<rect x="${x + cell * 0.1}" y="${y + cell * 0.1}" width="${cell * 0.8}" height="${cell * 0.8}" rx="${cell * 0.2}" fill="${fill}"/>`,
        );
      if (kind === 3)
        shapes.push(`<path d="M${x} ${y}L${x + cell} ${y}L${x} ${y + cell}Z" fill="${fill}"/>`);
      if (kind === 4)
        shapes.push(
          `<circle cx="${x + cell / 2}" cy="${y + cell / 2}" r="${cell * 0.18}" fill="${ink}"/>`,
        );
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="${paper}"/>${shapes.join('')}</svg>`;
}
