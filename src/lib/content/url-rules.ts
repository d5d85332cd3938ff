/**
 * What a link in content may point to. A link is only ever read by a browser, so a scheme that
 * runs code (`javascript:`, `vbscript:`) or embeds a document (`data:`) is refused outright, and
 * a mistyped or missing scheme is caught before it becomes a broken link on the page. The URL
 * fields of the schemas and the links in story bodies share these rules, and the fields' help
 * text is written from the same scheme lists, so the guide and the check cannot disagree.
 */
import { say } from './problems.ts';
import { editDistance } from './suggest.ts';

/** A scheme a link may use, with its separator, as `URL.protocol` writes it. */
export type Scheme = 'https:' | 'http:' | 'mailto:';

/** Schemes for addresses of pages that are public and current: videos and brand sites. */
export const secureOnly = ['https:'] as const satisfies readonly Scheme[];

/** Schemes for published sources, some of which live on older sites without https. */
export const webSchemes = ['https:', 'http:'] as const satisfies readonly Scheme[];

/** Schemes for links written in a story body: web pages and e-mail addresses. */
export const bodySchemes = ['https:', 'http:', 'mailto:'] as const satisfies readonly Scheme[];

/** Schemes that run code or smuggle a document in, named so the message can say why. */
const dangerous: Record<string, string> = {
  'javascript:': 'runs code in the reader’s browser',
  'vbscript:': 'runs code in the reader’s browser',
  'data:': 'embeds a hidden document instead of linking to one',
  'file:': 'points at a file on someone’s own computer',
  'blob:': 'points at data that exists only in one browser',
};

/** How a scheme list reads in help text and fixes: "https://" or "https:// or http://". */
export function schemeList(schemes: readonly Scheme[]): string {
  const shown = schemes.map((scheme) => (scheme === 'mailto:' ? 'mailto:' : `${scheme}//`));
  return shown.length <= 1
    ? (shown[0] ?? '')
    : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1) ?? ''}`;
}

/** The sentence the schemas append to a URL field's help, from the schemes it accepts. */
export function addressHelp(schemes: readonly Scheme[]): string {
  return `A full address starting with ${schemeList(schemes)}.`;
}

/** The scheme of a link as written (lowercased, with its colon), or undefined when it has none. */
function schemeOf(value: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase().concat(':');
}

/** The value with its first scheme-like prefix replaced by the preferred one, for a fix. */
function withScheme(value: string, rest: string, preferred: Scheme): string {
  const address = rest.replace(/^\/*/, '');
  return preferred === 'mailto:' ? `mailto:${address}` : `${preferred}//${address || value}`;
}

export interface LinkOptions {
  /** Schemes accepted here. */
  schemes: readonly Scheme[];
  /** True where a path on this site (`/creators/x/`) or a fragment (`#results`) is a fine link. */
  allowSiteLinks?: boolean;
  /** What the link is, for messages: "The source link", "The link". */
  noun: string;
}

/**
 * The problem with a link, as a `say()` message, or undefined when it is a link the options
 * accept. Only the form is checked: whether the page exists is the link checker's job.
 */
export function checkLink(raw: string, options: LinkOptions): string | undefined {
  const { schemes, noun } = options;
  const value = raw.trim();
  const preferred = schemes[0] ?? 'https:';
  const allowed = schemeList(schemes);
  if (value === '')
    return say(
      `${noun} is empty.`,
      `write the full address, starting with ${allowed}, or remove it.`,
    );
  if (/\s/.test(value))
    return say(
      `${noun} "${value}" contains a space.`,
      'copy the address again from the browser’s address bar; spaces in it are written %20.',
    );
  if (
    options.allowSiteLinks &&
    (value.startsWith('#') || (value.startsWith('/') && !value.startsWith('//')))
  )
    return undefined;
  const scheme = schemeOf(value);
  if (scheme === undefined) {
    // "https//x" and "https:/x" lose a character of the scheme; "//x" and "www.x" lose all of it.
    const lostColon = /^(https?)\/\/(.*)$/i.exec(value);
    if (lostColon)
      return say(
        `${noun} "${value}" is missing the colon after ${lostColon[1] ?? 'https'}.`,
        `write ${lostColon[1]?.toLowerCase() ?? 'https'}://${lostColon[2] ?? ''}.`,
      );
    const siteHint = options.allowSiteLinks ? ' (a page of this site starts with /)' : '';
    return say(
      `${noun} "${value}" has no scheme, so a browser reads it as a file next to the page.`,
      `write the full address, ${withScheme(value, value, preferred)}${siteHint}.`,
    );
  }
  const reason = dangerous[scheme];
  if (reason)
    return say(
      `${noun} uses ${scheme}, which ${reason}; only ${allowed} links are allowed.`,
      `link to the page’s own address, starting with ${allowed}, or remove the link.`,
    );
  const rest = value.slice(scheme.length);
  if (!(schemes as readonly string[]).includes(scheme)) {
    if (scheme === 'http:' && schemes.includes('https:'))
      return say(
        `${noun} uses http:; only ${allowed} links are allowed here.`,
        `write ${withScheme(value, rest, 'https:')}, the same address over a secure connection.`,
      );
    // One slip anywhere, or two in a word that still starts with h ("hxxps", "htpss"): close
    // enough to be a typo, while "ftp:" is a different scheme and not "http:" misspelt.
    const meant = schemes.find(
      (known) =>
        known !== 'mailto:' &&
        (editDistance(scheme, known) <= 1 ||
          (scheme.startsWith('h') && editDistance(scheme, known) <= 2)),
    );
    if (meant)
      return say(
        `${noun} starts with ${scheme}, a misspelling of ${meant}.`,
        `write ${withScheme(value, rest, meant)}.`,
      );
    return say(
      `${noun} uses ${scheme}; only ${allowed} links are allowed here.`,
      `write an address starting with ${allowed}.`,
    );
  }
  if (scheme === 'mailto:')
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(rest.split('?')[0] ?? '')
      ? undefined
      : say(`${noun} "${value}" is not an e-mail address.`, 'write mailto:name@example.org.');
  const known = schemes.find((allowedScheme) => allowedScheme === scheme) ?? preferred;
  if (!rest.startsWith('//'))
    return say(
      `${noun} "${value}" needs // after ${scheme}.`,
      `write ${withScheme(value, rest, known)}.`,
    );
  let host: string;
  try {
    host = new URL(value).hostname;
  } catch {
    return say(
      `${noun} "${value}" is not a web address a browser can open.`,
      `copy the address again from the browser’s address bar; it starts with ${allowed}.`,
    );
  }
  if (!host.includes('.'))
    return say(
      `${noun} "${value}" has no domain such as example.org.`,
      `write the full address, ${preferred}//example.org/… .`,
    );
  return undefined;
}
