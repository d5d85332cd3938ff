/**
 * What a share card shows: everything that goes into the picture, so that a hash of it (and of
 * the code that draws it) names the card in the cache.
 */

export interface ShareCard {
  /** Small line above the title: the brand, or "Creator". */
  eyebrow: string;
  title: string;
  /** One line under the title. */
  detail: string;
  /** Real or illustrative, shown as a label in the page's language. */
  illustrative: boolean;
  label: string;
  siteName: string;
  /** Seeds the artwork strip. */
  seed: string;
  /** The page's language and direction: a right-to-left card is mirrored. */
  lang: string;
  dir: 'ltr' | 'rtl';
}
