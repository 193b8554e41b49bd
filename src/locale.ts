/**
 * Locale resolution, as the contract fixes it: the element's `lang`, else the nearest ancestor's
 * (across shadow roots), else the browser's languages, else English.
 */

/** The best supported locale for a BCP 47 tag, or null when none fits. */
export function matchLocale(tag: string, supported: readonly string[]): string | null {
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(wanted)) return null;
  const byLower = new Map(supported.map((s) => [s.toLowerCase(), s]));
  const exact = byLower.get(wanted);
  if (exact) return exact;
  const [language] = wanted.split('-');
  // Chinese is chosen by script: Traditional for Hant, Taiwan, Hong Kong and Macao (a subtag of
  // its own: letters and digits between hyphens, checked above).
  if (language === 'zh') return byLower.get(/-(hant|tw|hk|mo)\b/.test(wanted) ? 'zh-tw' : 'zh-cn') ?? null;
  return byLower.get(language) ?? supported.find((s) => s.toLowerCase().split('-')[0] === language) ?? null;
}

/** The element's own or nearest ancestor's non-empty `lang`, crossing shadow roots. */
export function inheritedLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return null;
}

/** The locale to show this element in. Unknown or malformed tags fall through to the next source. */
export function resolveLocale(
  element: Element,
  supported: readonly string[],
  languages: readonly string[] = navigator.languages ?? [navigator.language],
): string {
  const own = inheritedLang(element);
  for (const tag of own ? [own, ...languages] : languages) {
    const match = matchLocale(tag, supported);
    if (match) return match;
  }
  return 'en';
}
