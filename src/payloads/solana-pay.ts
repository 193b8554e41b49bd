/** Solana Pay transfer requests (`solana:` URLs, Solana Pay SPEC) and Solana address checks. */
import { decimalString } from '../amount.js';
import { ok, fail, type Result } from '../result.js';
import { base58Decode } from './base58.js';
import { paymentUri } from './uri.js';

const BASE58_CHAR = /[1-9A-HJ-NP-Za-km-z]/;

/**
 * Checks a Solana address (a base58 public key of 32 bytes, usually 32–44 characters) and returns it.
 * Accepts a pasted `solana:` transfer link and keeps only its recipient. It cannot tell a wallet
 * address from a token account: the SPEC wants the wallet's own (native SOL) address.
 */
export function parseSolanaAddress(input: string): Result<string> {
  let text = input.trim().replace(/^solana:/i, '');
  if (/^https?(:|%3A)/i.test(text)) {
    return fail(
      'This is a Solana Pay transaction request link (it asks a server to build the payment), not an address. Use the wallet address itself.',
    );
  }
  text = text.split('?')[0].trim();
  if (text.includes('&')) {
    // The SPEC's own third example makes this mistake; wallets reject such a link.
    return fail('Parameters in a Solana Pay link start with "?", not "&". Use the address alone, without anything after it.');
  }
  if (!text) return fail('No Solana address given.');
  if (/^0x[0-9a-f]*$/i.test(text)) return fail('This looks like an Ethereum address (0x…), not a Solana address.');
  const bad = [...text].find((char) => !BASE58_CHAR.test(char));
  if (bad !== undefined) {
    return fail(
      `A Solana address contains only base58 characters (no 0, O, I, l, spaces or punctuation), but this one contains "${bad}".`,
    );
  }
  const bytes = base58Decode(text);
  if (!bytes || bytes.length !== 32) {
    return fail(
      `A Solana address is a 32-byte key written in 32 to 44 characters; this one (${text.length} characters) decodes to ${bytes?.length ?? 0} bytes. Check that it was copied completely.`,
    );
  }
  return ok(text);
}

/**
 * Formats an amount in SOL as the SPEC wants it: plain decimal, leading `0` before `.`, no exponent,
 * no trailing zeros. Null if it is not a positive finite number, finer than one lamport (9 decimals),
 * or more lamports than a u64 holds.
 */
export function formatSolAmount(value: number): string | null {
  return value > 18_446_744_073 ? null : decimalString(value, 9);
}

/**
 * Builds `solana:RECIPIENT?amount=…&label=…&message=…` with only the parameters given. `amount` must
 * already be formatted (see {@link formatSolAmount}). There is deliberately no `memo`: wallets
 * write it on-chain for everyone to read.
 */
export function solanaPayUri(p: {
  recipient: string;
  amount?: string | null;
  label?: string | null;
  message?: string | null;
}): string {
  return paymentUri('solana', p.recipient, [
    ['amount', p.amount, 'number'],
    ['label', p.label, 'text'],
    ['message', p.message, 'text'],
  ]);
}
