/**
 * The components a story can use without importing them, handed to every story by its page.
 * The names must match `allowedComponents` in src/lib/content/mdx-rules.ts; TypeScript checks that.
 */
import type { AllowedComponent } from '#lib/content/mdx-rules.ts';
import Callout from './Callout.astro';
import PullQuote from './PullQuote.astro';

export const storyComponents = { Callout, PullQuote } satisfies Record<AllowedComponent, unknown>;
