/** The one configureLocalization() call: English is built in, every other locale is a lazy chunk. */
import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';

// One static import() per locale, so that each becomes its own chunk.
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  fr: () => import('./generated/locales/fr.js'),
};

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as Promise<any>,
});

export { allLocales };
