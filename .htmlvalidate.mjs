/** html-validate settings for the built pages (npm run check:html). */
export default {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    {
      // Astro inserts its island stylesheet (astro-island { display: contents }) just before
      // the first island, inside <body>; browsers apply it there, and the page cannot move it.
      style: { flow: true },
    },
  ],
  rules: {
    // Story headlines run to 110 characters by design; search engines shorten long titles
    // themselves, and the full headline is what a reader bookmarking the page should see.
    'long-title': 'off',
    // React's server rendering writes camelCase attribute names, disabled="" and self-closed
    // void elements. HTML reads each of these exactly like the preferred spelling, so these
    // three rules only concern style, and the island's markup is React's to write.
    'attr-case': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    // Heading ids come from the headings' words, and an Arabic heading's may carry a combining
    // mark (the tanwin in ما كان صعبًا, a required heading). HTML allows any id without spaces;
    // the strict form of this rule admits only letters, digits, - and _.
    'valid-id': ['error', { relaxed: true }],
  },
};
