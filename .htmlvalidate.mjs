/** html-validate settings for the built pages (npm run check:html). */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Story headlines run to 110 characters by design; search engines shorten long titles
    // themselves, and the full headline is what a reader bookmarking the page should see.
    'long-title': 'off',
  },
};
