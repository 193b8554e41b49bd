import { expect } from '@open-wc/testing';
import sepaPaymentQrCode from 'sepa-payment-qr-code';
import { epcQr } from '../../src/payloads/epc-qr.js';
import { formatIban } from '../../src/payloads/iban.js';
import { prng, randomInt, utf8 } from './random.js';

type Input = Parameters<typeof epcQr>[0];
const generateQrCode = sepaPaymentQrCode as (data: Record<string, unknown>) => string;
const bytes = (s: string) => utf8(s).length;

const error = (input: Input) => {
  const result = epcQr(input);
  expect(result.ok, JSON.stringify(result)).to.equal(false);
  return result.ok ? '' : result.error;
};

// EPC069-12 v2.1 (9 February 2012), section 2.3, the two example codes, with LF separators.
// Example 1 is version 001 with a BIC, a purpose and a structured (RF) reference; 96 bytes in UTF-8.
const EPC_EXAMPLE_1 = 'BCD\n001\n1\nSCT\nBHBLDEHHXXX\nFranz Mustermänn\nDE71110220330123456789\nEUR12.3\nGDDS\nRF18539007547034';
// Example 2 is version 002 in ISO 8859-1 (character set 2), without BIC; 103 bytes in that charset.
const EPC_EXAMPLE_2 = "BCD\n002\n2\nSCT\n\nFrançois D'Alsace S.A.\nFR1420041010050500013M02606\nEUR12.3\n\n\nClient:Marie Louise La Lune";

describe('epcQr', () => {
  it('transcribes the EPC examples with the byte counts the guideline states', () => {
    expect(bytes(EPC_EXAMPLE_1)).to.equal(96);
    expect(EPC_EXAMPLE_2.length).to.equal(103); // ISO 8859-1: one byte per character
  });

  it('builds EPC example 2 in UTF-8 (character set 1)', () => {
    const payload = epcQr({ name: "François D'Alsace S.A.", iban: 'FR14 2004 1010 0505 0001 3M02 606', amount: 12.3, remittance: 'Client:Marie Louise La Lune' });
    expect(payload).to.deep.equal({ ok: true, value: EPC_EXAMPLE_2.replace('\n2\n', '\n1\n') });
    if (payload.ok) expect(bytes(payload.value)).to.equal(104); // ç takes 2 bytes in UTF-8
  });

  it('builds EPC example 1 as version 002, up to the amount (a tip has no purpose code or RF reference)', () => {
    const payload = epcQr({ name: 'Franz Mustermänn', iban: 'DE71110220330123456789', bic: 'BHBLDEHHXXX', amount: 12.3 });
    const expected = EPC_EXAMPLE_1.replace('\n001\n', '\n002\n').split('\n').slice(0, 8).join('\n');
    expect(expected).to.equal('BCD\n002\n1\nSCT\nBHBLDEHHXXX\nFranz Mustermänn\nDE71110220330123456789\nEUR12.3');
    expect(payload).to.deep.equal({ ok: true, value: expected });
  });

  const examples: [string, Input, string][] = [
    [
      'the Belgian Red Cross sample (EUR1, remittance text and note)',
      { name: 'Red Cross of Belgium', iban: 'BE72000000001616', bic: 'BPOTBEB1', amount: 1, remittance: 'Urgency fund', information: 'Sample EPC QR code' },
      'BCD\n002\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1\n\n\nUrgency fund\nSample EPC QR code',
    ],
    ['name and IBAN only', { name: 'Erika Mustermann', iban: 'DE89370400440532013000' }, 'BCD\n002\n1\nSCT\n\nErika Mustermann\nDE89370400440532013000'],
    [
      'nulls and blanks as absent',
      { name: '  Erika Mustermann ', iban: ' de89 3704 0044 0532 0130 00 ', bic: '  ', amount: null, remittance: ' ', information: null },
      'BCD\n002\n1\nSCT\n\nErika Mustermann\nDE89370400440532013000',
    ],
    ['an amount only', { name: 'Erika Mustermann', iban: 'DE89370400440532013000', amount: 5 }, 'BCD\n002\n1\nSCT\n\nErika Mustermann\nDE89370400440532013000\nEUR5'],
    [
      'a remittance text without amount (empty amount, purpose and reference lines kept)',
      { name: 'Erika Mustermann', iban: 'DE89370400440532013000', remittance: 'Thanks for the blog' },
      'BCD\n002\n1\nSCT\n\nErika Mustermann\nDE89370400440532013000\n\n\n\nThanks for the blog',
    ],
    [
      'a note to the payer without remittance text',
      { name: 'Erika Mustermann', iban: 'DE89370400440532013000', amount: 3.5, information: 'Thank you!' },
      'BCD\n002\n1\nSCT\n\nErika Mustermann\nDE89370400440532013000\nEUR3.5\n\n\n\nThank you!',
    ],
    [
      'a lower-case BIC and a print-format IBAN',
      { name: 'Wikimedia Foerdergesellschaft', iban: 'DE33 1002 0500 0001 1947 00', bic: 'bfswde33ber', amount: 123.45, remittance: 'Spende' },
      'BCD\n002\n1\nSCT\nBFSWDE33BER\nWikimedia Foerdergesellschaft\nDE33100205000001194700\nEUR123.45\n\n\nSpende',
    ],
    [
      'a Swiss IBAN with its BIC (required outside the EEA)',
      { name: 'Muster AG', iban: 'CH93 0076 2011 6238 5295 7', bic: 'UBSWCHZH80A', amount: 20 },
      'BCD\n002\n1\nSCT\nUBSWCHZH80A\nMuster AG\nCH9300762011623852957\nEUR20',
    ],
    [
      'a decomposed accent, stored composed (NFC)',
      { name: 'Rene\u0301 Dupont', iban: 'FR1420041010050500013M02606' },
      'BCD\n002\n1\nSCT\n\nRen\u00e9 Dupont\nFR1420041010050500013M02606',
    ],
  ];
  for (const [what, input, payload] of examples) {
    it(`builds ${what}`, () => {
      expect(epcQr(input)).to.deep.equal({ ok: true, value: payload });
    });
  }

  describe('amount', () => {
    const name = 'Erika Mustermann';
    const iban = 'DE89370400440532013000';
    const line = (amount: number) => {
      const r = epcQr({ name, iban, amount });
      return r.ok ? r.value.split('\n')[7] : r.error;
    };
    const written: [number, string][] = [
      [12.3, 'EUR12.3'],
      [12.30, 'EUR12.3'],
      [1, 'EUR1'],
      [1000, 'EUR1000'],
      [5.0, 'EUR5'],
      [0.01, 'EUR0.01'],
      [0.1, 'EUR0.1'],
      [19.99, 'EUR19.99'],
      [1.1 * 3, 'The amount 3.3000000000000003 has more than 2 decimals: euro amounts are whole cents.'],
      [999999999.99, 'EUR999999999.99'],
      [123456789.01, 'EUR123456789.01'],
    ];
    for (const [amount, expected] of written) {
      it(`writes ${amount} as ${expected}`, () => {
        expect(line(amount)).to.equal(expected);
      });
    }

    const refused: [number, RegExp][] = [
      [0, /^The amount must be at least 0\.01 EUR\.$/],
      [0.004, /^The amount must be at least 0\.01 EUR\.$/],
      [-5, /^The amount must be at least 0\.01 EUR\.$/],
      [1e9, /^The amount must be at most 999999999\.99 EUR\.$/],
      [9999999990.99, /^The amount must be at most 999999999\.99 EUR\.$/],
      [12.345, /^The amount 12\.345 has more than 2 decimals/],
      [0.015, /^The amount 0\.015 has more than 2 decimals/],
      [0.1 + 0.2, /^The amount 0\.30000000000000004 has more than 2 decimals/],
      [NaN, /^The amount must be a number of euros\.$/],
      [Infinity, /^The amount must be a number of euros\.$/],
    ];
    for (const [amount, message] of refused) {
      it(`refuses ${amount} without rounding it`, () => {
        expect(error({ name, iban, amount })).to.match(message);
      });
    }
  });

  describe('refusals', () => {
    const iban = 'DE89370400440532013000';
    const cases: [string, Input, RegExp][] = [
      ['a missing name', { name: '', iban }, /^A SEPA payment needs the beneficiary's name: set the recipient attribute\.$/],
      ['a blank name', { name: ' \u00a0 ', iban }, /^A SEPA payment needs the beneficiary's name/],
      ['a name of 71 characters', { name: 'A'.repeat(71), iban }, /^The beneficiary's name has 71 characters; a SEPA payment allows at most 70\.$/],
      ['a name on two lines', { name: 'Erika\nMustermann', iban }, /^The beneficiary's name must fit on one line/],
      ['a remittance text of 141 characters', { name: 'E', iban, remittance: 'x'.repeat(141) }, /^The remittance text has 141 characters; a SEPA payment allows at most 140\.$/],
      ['a remittance text with a line break', { name: 'E', iban, remittance: 'Thanks\nfor all' }, /^The remittance text must fit on one line/],
      ['a remittance text with a carriage return', { name: 'E', iban, remittance: 'Thanks\rfor all' }, /^The remittance text must fit on one line/],
      ['a remittance text with U+2028', { name: 'E', iban, remittance: 'Thanks\u2028for all' }, /^The remittance text must fit on one line/],
      ['a note of 71 characters', { name: 'E', iban, information: 'y'.repeat(71) }, /^The note to the payer has 71 characters; a SEPA payment allows at most 70\.$/],
      ['a note with a tab', { name: 'E', iban, information: 'a\tb' }, /^The note to the payer must fit on one line/],
      // The IBAN is only checked here; parseIban (iban.test.ts) says why one is refused.
      ['an IBAN typo', { name: 'E', iban: 'DE89370400440532013001' }, /^This IBAN cannot receive a SEPA credit transfer\.$/],
      ['a non-SEPA IBAN', { name: 'E', iban: 'BR1800360305000010009795493C1' }, /^This IBAN cannot receive a SEPA credit transfer\.$/],
      ['a QR-IBAN', { name: 'E', iban: 'CH4431999123000889012', bic: 'UBSWCHZH80A' }, /^This IBAN cannot receive a SEPA credit transfer\.$/],
      ['a missing IBAN', { name: 'E', iban: '' }, /^This IBAN cannot receive a SEPA credit transfer\.$/],
      ['a malformed BIC', { name: 'E', iban, bic: 'BHBLDEHHXX' }, /^“BHBLDEHHXX” is not a BIC/],
      ['a Swiss IBAN without BIC', { name: 'E', iban: 'CH9300762011623852957' }, /^An IBAN from CH is outside the EEA, so a SEPA payment also needs the bank's BIC: set the sepa-bic attribute\.$/],
      ['a British IBAN without BIC', { name: 'E', iban: 'GB82WEST12345698765432' }, /^An IBAN from GB is outside the EEA, so a SEPA payment also needs the bank's BIC/],
    ];
    for (const [what, input, message] of cases) {
      it(`refuses ${what}`, () => {
        expect(error(input)).to.match(message);
      });
    }

    it('counts characters, not UTF-16 units or bytes, against the length limits', () => {
      expect(epcQr({ name: 'é'.repeat(70), iban }).ok).to.equal(true);
      expect(epcQr({ name: '🍵'.repeat(70), iban }).ok).to.equal(true);
      expect(error({ name: '🍵'.repeat(71), iban })).to.match(/has 71 characters/);
      expect(epcQr({ name: 'E', iban, remittance: 'x'.repeat(140), information: 'y'.repeat(70) }).ok).to.equal(true);
    });
  });

  describe('the 331-byte limit', () => {
    // 14 (header) + 12 (BIC) + 141 (70 × é) + 23 (IBAN) + 16 (amount) + 2 (empty lines) = 208 bytes.
    const base = { name: 'é'.repeat(70), iban: 'DE89370400440532013000', bic: 'BHBLDEHHXXX', amount: 999999999.99 };
    it('accepts a payload of exactly 331 bytes', () => {
      const result = epcQr({ ...base, remittance: 'r'.repeat(123) });
      expect(result.ok).to.equal(true);
      if (result.ok) expect(bytes(result.value)).to.equal(331);
    });
    it('refuses 332 bytes, saying by how much', () => {
      expect(error({ ...base, remittance: 'r'.repeat(124) })).to.equal(
        'The payment details take 332 bytes, more than the 331 an EPC QR code can hold: shorten the remittance text, the note or the name.',
      );
    });
    it('counts bytes, so accents cost more than their characters', () => {
      const ascii = epcQr({ ...base, remittance: 'e'.repeat(120) });
      const accented = epcQr({ ...base, remittance: 'é'.repeat(120) });
      expect(ascii.ok).to.equal(true);
      expect(error({ ...base, remittance: 'é'.repeat(120) })).to.match(/take 448 bytes/);
      expect(accented.ok).to.equal(false);
    });
    it('refuses even plain ASCII when every field is at its maximum', () => {
      expect(error({ ...base, name: 'N'.repeat(70), remittance: 'r'.repeat(140), information: 'i'.repeat(70) })).to.match(/take 349 bytes/);
    });
  });

  describe('agrees with sepa-payment-qr-code on generated payments', () => {
    // That library always writes 2 decimals and 12 lines (trailing separators), so the comparison is by
    // element, with the amount compared as a number.
    const next = prng(6912);
    const pick = <T>(list: readonly T[]) => list[randomInt(next, list.length)];
    const mod97 = (s: string) => [...s].reduce((r, c) => { const v = parseInt(c, 36); return (r * (v < 10 ? 10 : 100) + v) % 97; }, 0);
    const ibanLike = (example: string) => {
      const bban = example.slice(4).replace(/\d/g, () => String(randomInt(next, 10)));
      const country = example.slice(0, 2);
      return country + String(98 - mod97(bban + country + '00')).padStart(2, '0') + bban;
    };
    const IBANS = ['DE89370400440532013000', 'AT611904300234573201', 'NL91ABNA0417164300', 'FR1420041010050500013M02606', 'IT60X0542811101000000123456', 'FI2112345600000785', 'BE71096123456769', 'IE29AIBK93115212345678'];
    const NAMES = ['Erika Mustermann', "François D'Alsace S.A.", 'Franz Mustermänn', 'Ørsted Æbelø', 'Łukasz Żółć', 'Ελένη Παπαδοπούλου', 'Ελληνική Εταιρεία Προστασίας Περιβάλλοντος, Πολιτιστικής Κληρονομιάς', 'Wikimedia Foerdergesellschaft', 'A'];
    const WORDS = ['Thanks', 'for', 'the', 'coffee', 'Merci', 'pour', 'le', 'café', 'Danke', 'für', 'die', 'Hilfe', 'ευχαριστώ', 'dziękuję', '#42', '€5', 'tip:'];
    const sentence = (max: number) => {
      let s = pick(WORDS);
      while (next() < 0.93) {
        const more = `${s} ${pick(WORDS)}`;
        if (more.length > max) break;
        s = more;
      }
      return s;
    };

    it('has the same elements for 150 payments', () => {
      let compared = 0;
      let overCap = 0;
      for (let i = 0; i < 150; i++) {
        const iban = ibanLike(pick(IBANS));
        const input: Input = {
          name: pick(NAMES),
          iban: next() < 0.3 ? formatIban(iban) : iban,
          bic: next() < 0.4 ? pick(['BHBLDEHHXXX', 'BPOTBEB1', 'COBADEFFXXX', 'ABNANL2A']) : null,
          amount: next() < 0.7 ? (1 + randomInt(next, next() < 0.5 ? 10000 : 99999999999)) / 100 : null,
          remittance: next() < 0.6 ? sentence(140) : null,
          information: next() < 0.4 ? sentence(70) : null,
        };
        const theirs = generateQrCode({
          name: input.name,
          iban: input.iban,
          amount: input.amount,
          ...(input.bic ? { bic: input.bic } : {}),
          ...(input.remittance ? { unstructuredReference: input.remittance } : {}),
          ...(input.information ? { information: input.information } : {}),
        });
        const ours = epcQr(input);
        if (!ours.ok) {
          // The library has no byte limit; ours refuses only for that.
          expect(ours.error).to.match(/^The payment details take \d+ bytes, more than the 331/);
          expect(bytes(theirs.replace(/\n+$/, ''))).to.be.greaterThan(331);
          overCap++;
          continue;
        }
        const a = ours.value.split('\n');
        const b = theirs.split('\n');
        expect(ours.value.endsWith('\n'), ours.value).to.equal(false);
        expect(b).to.have.length(12);
        expect(a.length).to.be.within(7, 12);
        for (let line = 0; line < 12; line++) {
          const mine = a[line] ?? '';
          if (line === 7 && mine) {
            expect(mine.slice(0, 3)).to.equal('EUR');
            expect(b[line]).to.match(/^EUR\d+\.\d\d$/);
            expect(Number(mine.slice(3)), ours.value).to.equal(Number(b[line].slice(3)));
            expect(mine, 'minimal form').not.to.match(/\.\d?0$/);
          } else {
            expect(mine, `line ${line + 1} of ${JSON.stringify(ours.value)}`).to.equal(b[line]);
          }
        }
        compared++;
      }
      expect(compared).to.be.greaterThan(100);
      expect(overCap).to.be.greaterThan(0);
    });
  });
});
