/** EMVCo merchant-presented QR data objects: ID (2 digits), length (2 digits), value. */

/**
 * One data object: `id` + the value's length in characters as 2 decimal digits + `value`.
 * Throws a RangeError for an id that is not 2 digits or a value that is empty or longer than 99
 * characters (EMVCo allows lengths 01–99): callers check and leave empty fields out first.
 */
export function tlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new RangeError(`An EMV data object id is 2 digits, not "${id}".`);
  // Lengths count characters, not UTF-16 code units.
  const length = [...value].length;
  if (length < 1 || length > 99) throw new RangeError(`EMV data object ${id} would hold ${length} characters; it takes 1 to 99.`);
  return `${id}${String(length).padStart(2, '0')}${value}`;
}

/**
 * Splits a sequence of data objects (one level; parse a template's value again for its own
 * objects). Null when it is not exactly such a sequence: a non-digit id or length, a length of 00,
 * or a value cut short.
 */
export function parseTlv(text: string): { id: string; value: string }[] | null {
  const chars = [...text];
  const objects: { id: string; value: string }[] = [];
  for (let i = 0; i < chars.length; ) {
    const head = chars.slice(i, i + 4).join('');
    if (!/^\d{4}$/.test(head)) return null;
    const length = Number(head.slice(2));
    if (length === 0 || i + 4 + length > chars.length) return null;
    objects.push({ id: head.slice(0, 2), value: chars.slice(i + 4, i + 4 + length).join('') });
    i += 4 + length;
  }
  return objects;
}
