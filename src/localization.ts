/**
 * The one configureLocalization() call, made by the modal's chunk: the page pays for the
 * lit-localize runtime only once a visitor shows intent to open the modal.
 */
import { configureLocalization } from '@lit/localize';
import { loaders, sourceLocale, targets, type TargetLocale } from './catalogues.js';

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales: targets,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  loadLocale: (locale) => loaders[locale as TargetLocale]() as Promise<any>,
});
