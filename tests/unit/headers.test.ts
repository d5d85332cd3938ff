import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Headers that public/_headers sends for a path pattern; `detached` are those it takes off (`! name`). */
function headersFor(pattern: string): Record<string, string> & { detached?: string[] } {
  const headers: Record<string, string> & { detached?: string[] } = {};
  let current = '';
  for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = line.trim();
    } else if (current === pattern && line.trim().startsWith('!')) {
      (headers.detached ??= []).push(line.trim().slice(1).trim().toLowerCase());
    } else if (current === pattern) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

describe('public/_headers', () => {
  const all = headersFor('/*');

  it('sends HSTS for two years, with subdomains', () => {
    expect(all['strict-transport-security']).toMatch(/max-age=(\d+)/);
    expect(
      Number(/max-age=(\d+)/.exec(all['strict-transport-security'] ?? '')?.[1]),
    ).toBeGreaterThanOrEqual(31_536_000);
    expect(all['strict-transport-security']).toContain('includeSubDomains');
  });

  it('forbids MIME sniffing and limits the referrer', () => {
    expect(all['x-content-type-options']).toBe('nosniff');
    expect(all['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('turns off powerful browser features', () => {
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment'])
      expect(all['permissions-policy']).toContain(`${feature}=()`);
  });

  it('refuses to be framed by other sites', () => {
    expect(all['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(all['x-frame-options']).toBe('DENY');
  });

  it('lets other sites frame the embeddable story cards, and nothing else', () => {
    for (const pattern of ['/stories/:slug/embed/', '/:locale/stories/:slug/embed/']) {
      const embed = headersFor(pattern);
      expect(embed.detached).toEqual(['content-security-policy', 'x-frame-options']);
      expect(embed['content-security-policy']).toBe('frame-ancestors *');
    }
    const patterns = readFileSync('public/_headers', 'utf8')
      .split('\n')
      .filter((line) => /^\S/.test(line) && !line.startsWith('#'))
      .map((line) => line.trim());
    const framable = patterns.filter((pattern) =>
      headersFor(pattern)['content-security-policy']?.includes('frame-ancestors *'),
    );
    expect(framable.every((pattern) => pattern.endsWith('/embed/'))).toBe(true);
  });

  it('caches hashed assets for a year', () => {
    expect(headersFor('/_astro/*')['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
