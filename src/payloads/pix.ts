/**
 * Pix (Brazil): key checks after the BCB's DICT rules, and the static BR Code of the BCB's "Manual
 * de Padrões para Iniciação do Pix" (an EMVCo merchant-presented QR payload).
 */
import { fixed } from '../amount.js';
import { ok, fail, type Result } from '../result.js';
import { crc16ccitt } from './crc16.js';
import { tlv } from './emv.js';

export type PixKeyType = 'cpf' | 'cnpj' | 'email' | 'phone' | 'evp';
type PixKey = { key: string; type: PixKeyType };

const GUI = 'br.gov.bcb.pix';
const EVP = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ATOM = "[a-z0-9!#$&'*+/=?^_`{|}~-]+";
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
// The DICT's e-mail characters, without empty dot-separated parts, and a dotted domain as any deliverable address has.
const EMAIL = new RegExp(`^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$`);
const KINDS = 'a CPF, a CNPJ, an e-mail address, a phone number with +55 or a random key (EVP)';

/**
 * Modulus-11 check digit of the CPF and CNPJ: weighted sum, remainder 0 or 1 gives 0. Each
 * character counts as its code minus 48, so digits count as themselves and the letters of the
 * alphanumeric CNPJ (Receita Federal, from July 2026) as A = 17 … Z = 42.
 */
function mod11(digits: string, weights: number[]): number {
  const r = weights.reduce((sum, w, i) => sum + w * (digits.charCodeAt(i) - 48), 0) % 11;
  return r < 2 ? 0 : 11 - r;
}

// Repeated digits (111.111.111-11, 00.000.000/0000-00) pass the arithmetic but are never issued.
const repeated = (digits: string) => /^(\d)\1*$/.test(digits);

function validCpf(d: string): boolean {
  const w = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
  return !repeated(d) && mod11(d, w.slice(1)) === Number(d[9]) && mod11(d, w) === Number(d[10]);
}

function validCnpj(d: string): boolean {
  const w = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  return !repeated(d) && mod11(d, w.slice(1)) === Number(d[12]) && mod11(d, w) === Number(d[13]);
}

function phoneKey(input: string): Result<PixKey> {
  const compact = input.replace(/[\s().-]/g, '');
  if (!/^\+\d+$/.test(compact)) return fail(`"${input}" is not a phone number: write +55, the area code and the number, like +55 11 91234-5678.`);
  if (!compact.startsWith('+55')) return fail(`"${input}" is not a Brazilian number: Pix phone keys start with +55, like +55 11 91234-5678.`);
  // DDD (two digits 1–9), then a 9-digit mobile number starting with 9 or an 8-digit one.
  if (!/^[1-9]{2}(?:9\d{8}|[2-9]\d{7})$/.test(compact.slice(3))) {
    return fail(`"${input}" is not a Brazilian phone number: after +55 come the 2-digit area code (DDD) and the 8- or 9-digit number, like +55 11 91234-5678.`);
  }
  return ok({ key: compact, type: 'phone' });
}

function numberKey(input: string): Result<PixKey> {
  const digits = input.replace(/\D/g, '');
  if (/^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/.test(input)) {
    if (validCpf(digits)) return ok({ key: digits, type: 'cpf' });
    // The DICT writes phone keys with +55, so bare 11 digits are a CPF; say so, as it may be a phone.
    return fail(`"${input}" is not a valid CPF: its check digits do not match. If it is a phone number, write it with +55, like +55 11 91234-5678.`);
  }
  if (/^[\dA-Z]{2}\.?[\dA-Z]{3}\.?[\dA-Z]{3}\/?[\dA-Z]{4}-?\d{2}$/i.test(input)) {
    const cnpj = input.toUpperCase().replace(/[./-]/g, '');
    if (validCnpj(cnpj)) return ok({ key: cnpj, type: 'cnpj' });
    return fail(`"${input}" is not a valid CNPJ: its check digits do not match.`);
  }
  if (/^[\d\s().-]+$/.test(input) && (digits.length === 10 || digits.length === 11)) {
    return fail(`"${input}" looks like a phone number: Pix phone keys need +55 in front, like +55 11 91234-5678.`);
  }
  if (/^[\d\s().-]+$/.test(input) && /^55\d{10,11}$/.test(digits)) {
    return fail(`"${input}" looks like a phone number: write it with a + in front, like +55 11 91234-5678.`);
  }
  return fail(`"${input}" is not a Pix key: use ${KINDS}. A CPF has 11 digits and a CNPJ 14.`);
}

/**
 * Checks a Pix key and returns it as the DICT stores it, with its type: CPF or CNPJ as digits
 * (punctuation accepted, check digits verified), e-mail lower-cased (at most 77 characters), phone
 * as +55 + DDD + number (spaces, dashes and parentheses accepted), random key (EVP) lower-cased.
 * Bare 11 digits are read as a CPF: phone keys carry +55.
 */
export function parsePixKey(input: string): Result<PixKey> {
  const s = (input ?? '').trim();
  if (!s) return fail(`Set the Pix key: ${KINDS}.`);
  if (s.includes('@')) {
    const email = s.toLowerCase();
    if (!EMAIL.test(email)) return fail(`"${s}" is not an e-mail address Pix accepts: it should look like name@example.com.`);
    if (email.length > 77) return fail(`The e-mail address has ${email.length} characters; a Pix e-mail key has at most 77.`);
    return ok({ key: email, type: 'email' });
  }
  if (EVP.test(s)) return ok({ key: s.toLowerCase(), type: 'evp' });
  if (s.startsWith('+')) return phoneKey(s);
  if (s.startsWith('000201')) return fail(`This is a whole Pix code ("Pix Copia e Cola"); set only the Pix key: ${KINDS}.`);
  if (/^[\d\s().\/-]+$/.test(s) || /^[\dA-Z]{2}\.?[\dA-Z]{3}\.?[\dA-Z]{3}\/?[\dA-Z]{4}-?\d{2}$/i.test(s)) return numberKey(s);
  return fail(`"${s}" is not a Pix key: use ${KINDS}.`);
}

// Name, city and description are display fields (the key alone routes the payment), so they are
// fitted rather than refused: accents stripped (NFD), other non-ASCII dropped since the lengths
// count characters and apps differ on anything else, then truncated.
function ascii(text: string | null | undefined, max: number): string {
  const s = (text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s/g, ' ')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  return s.slice(0, Math.max(0, max)).trimEnd();
}

function pixAmount(amount: number | null | undefined): Result<string> {
  if (amount === null || amount === undefined) return ok('');
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) return fail('The Pix amount must be a number of reais above 0.');
  const text = fixed(amount, 2);
  if (text === null) return fail(`The amount ${amount} has more than 2 decimals: Pix amounts are whole centavos.`);
  // The EMV amount field holds at most 13 characters.
  if (text.length > 13) return fail('The Pix amount must be at most 9999999999.99 BRL.');
  return ok(text);
}

/**
 * Builds a static Pix BR Code ("Pix Copia e Cola", and the text of its QR code): the key, the
 * merchant name (≤ 25) and city (≤ 15) fitted to ASCII, the amount in BRL only when given (2
 * decimals, never rounded), the description (shortened to fit the account template's 99
 * characters) and txid (≤ 25 letters and digits, `***` when none), then the CRC.
 */
export function pixBrCode(p: {
  key: string;
  name: string;
  city: string;
  amount?: number | null;
  description?: string | null;
  txid?: string | null;
}): Result<string> {
  const key = parsePixKey(p.key);
  if (!key.ok) return key;
  const name = ascii(p.name, 25);
  if (!name) return fail('Pix needs the merchant name: set the recipient attribute.');
  const city = ascii(p.city, 15);
  if (!city) return fail('Pix needs a city: set the pix-city attribute.');
  const amount = pixAmount(p.amount);
  if (!amount.ok) return amount;
  const txid = (p.txid ?? '').trim() || '***';
  if (txid !== '***' && !/^[A-Za-z0-9]{1,25}$/.test(txid)) {
    return fail(`The Pix transaction id "${txid}" must be 1 to 25 letters and digits, without spaces or symbols.`);
  }

  // The longest e-mail key (77) fills the template's 99 characters, leaving no room for a description.
  const account = tlv('00', GUI) + tlv('01', key.value.key);
  const description = ascii(p.description, 99 - account.length - 4);
  const body =
    tlv('00', '01') +
    tlv('26', account + (description ? tlv('02', description) : '')) +
    tlv('52', '0000') +
    tlv('53', '986') +
    (amount.value ? tlv('54', amount.value) : '') +
    tlv('58', 'BR') +
    tlv('59', name) +
    tlv('60', city) +
    tlv('62', tlv('05', txid)) +
    '6304';
  // The CRC covers everything before it, its own ID and length included.
  return ok(body + crc16ccitt(body));
}
