import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '#lib/site/json-ld.ts';

describe('JSON-LD serialisation', () => {
  const hostile = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };

  it('cannot close the script element or open markup', () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain('\u2028');
  });

  it('reads back unchanged', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});
