/** The one configureLocalization() call: English is built in, every other locale is a lazy chunk. */
import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';

// One static import() per locale, so that each becomes its own chunk.
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  am: () => import('./generated/locales/am.js'),
  ar: () => import('./generated/locales/ar.js'),
  bn: () => import('./generated/locales/bn.js'),
  de: () => import('./generated/locales/de.js'),
  es: () => import('./generated/locales/es.js'),
  fa: () => import('./generated/locales/fa.js'),
  fr: () => import('./generated/locales/fr.js'),
  ha: () => import('./generated/locales/ha.js'),
  he: () => import('./generated/locales/he.js'),
  hi: () => import('./generated/locales/hi.js'),
  id: () => import('./generated/locales/id.js'),
  it: () => import('./generated/locales/it.js'),
  ja: () => import('./generated/locales/ja.js'),
  ko: () => import('./generated/locales/ko.js'),
  nl: () => import('./generated/locales/nl.js'),
  pl: () => import('./generated/locales/pl.js'),
  'pt-BR': () => import('./generated/locales/pt-BR.js'),
  ru: () => import('./generated/locales/ru.js'),
  sw: () => import('./generated/locales/sw.js'),
  th: () => import('./generated/locales/th.js'),
  tr: () => import('./generated/locales/tr.js'),
  uk: () => import('./generated/locales/uk.js'),
  vi: () => import('./generated/locales/vi.js'),
  yo: () => import('./generated/locales/yo.js'),
  'zh-CN': () => import('./generated/locales/zh-CN.js'),
  'zh-TW': () => import('./generated/locales/zh-TW.js'),
};

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as Promise<any>,
});

export { allLocales };
