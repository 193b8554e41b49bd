// Do not modify this file by hand!
// Re-generate this file by running lit-localize.

/**
 * The locale code that templates in this source code are written in.
 */
export const sourceLocale = `en`;

/**
 * The other locale codes that this application is localized into. Sorted
 * lexicographically.
 */
export const targetLocales = [
  `am`,
  `ar`,
  `bn`,
  `de`,
  `es`,
  `fa`,
  `fr`,
  `ha`,
  `he`,
  `hi`,
  `id`,
  `it`,
  `ja`,
  `ko`,
  `nl`,
  `pl`,
  `pt-BR`,
  `ru`,
  `sw`,
  `th`,
  `tr`,
  `uk`,
  `vi`,
  `yo`,
  `zh-CN`,
  `zh-TW`,
] as const;

/**
 * All valid project locale codes. Sorted lexicographically.
 */
export const allLocales = [
  `am`,
  `ar`,
  `bn`,
  `de`,
  `en`,
  `es`,
  `fa`,
  `fr`,
  `ha`,
  `he`,
  `hi`,
  `id`,
  `it`,
  `ja`,
  `ko`,
  `nl`,
  `pl`,
  `pt-BR`,
  `ru`,
  `sw`,
  `th`,
  `tr`,
  `uk`,
  `vi`,
  `yo`,
  `zh-CN`,
  `zh-TW`,
] as const;
