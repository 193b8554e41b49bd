/**
 * The text of the error reports. The ES build moves the text of each message out of the code that
 * checks the attributes and into the table of src/error-messages.ts (scripts/lazy-messages.mjs),
 * leaving a reference: this module, with that table, is fetched only when a value is wrong.
 */
import table from './error-messages.js';

/** A message whose text the ES build moved to the table: its entry, and the values it quotes. */
interface MessageRef {
  /** The entry's index in the table. */
  m: number;
  a?: unknown[];
}

/** The text of a message: its own, or its entry's with the values it quotes. */
export const text = (message: unknown): string => {
  if (typeof message !== 'object' || message === null || !('m' in message)) return String(message);
  const { m, a = [] } = message as MessageRef;
  const entry = table[m];
  return typeof entry === 'function' ? entry(a.map(text)) : entry;
};
