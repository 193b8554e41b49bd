/**
 * The translations: English is built in, every other locale is a lazy chunk that lit-localize
 * generates from xliff/. The trigger reads its label from here; the modal's strings go through
 * `msg()`, configured in localization.ts with these same loaders.
 */
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type TargetLocale = (typeof targetLocales)[number];

/** A generated locale module: its strings by message id. */
export interface Catalogue {
  templates: Record<string, unknown>;
}

// One static import() per locale, so that each becomes its own chunk.
export const loaders: Record<TargetLocale, () => Promise<Catalogue>> = {
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

/** The locales that have a catalogue. */
export const targets = Object.keys(loaders) as TargetLocale[];

/** Every locale the widget speaks, English first (the keys above, so that no list is repeated). */
export const allLocales: readonly string[] = [sourceLocale, ...targets];

export { sourceLocale };

/** The id of the trigger's label in every catalogue (see messages.ts). */
export const TIP = 'tip';
