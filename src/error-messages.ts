/**
 * The text of the error messages for site owners, as the ES build moves it out of the code that
 * checks the attributes (scripts/lazy-messages.mjs): an entry is the text, or a function of the
 * values it quotes, and a message refers to its entry by its index. Fetched, with report.ts, only
 * when a message is reported. In the source, messages are their own text and this table stays
 * empty.
 */
const messages: readonly (string | ((values: string[]) => string))[] = [];
export default messages;
