import { expect } from '@open-wc/testing';
import { parsePhoneNumber } from '../../src/payloads/e164.js';

describe('parsePhoneNumber (E.164)', () => {
  const valid: [string, string, string][] = [
    ['+221 77 123 45 67', '+221771234567', '+221 77 123 45 67'], // Senegal
    ['+221.77.123.45.67', '+221771234567', '+221 77 123 45 67'],
    ['00221-77-123-45-67', '+221771234567', '+221 77 123 45 67'],
    ['tel:+221771234567', '+221771234567', '+221 77 123 45 67'],
    ['+225 07 12 34 56 78', '+2250712345678', '+225 07 12 34 56 78'], // Côte d'Ivoire
    ['+237 6 71 23 45 67', '+237671234567', '+237 6 71 23 45 67'], // Cameroon
    ['+243 81 234 5678', '+243812345678', '+243 81 234 5678'], // DR Congo
    ['+242 06 123 4567', '+242061234567', '+242 06 123 4567'], // Congo
    ['+254 712 345 678', '+254712345678', '+254 712 345 678'], // Kenya
    ['+233 24 123 4567', '+233241234567', '+233 24 123 4567'], // Ghana
    ['+234 803 123 4567', '+2348031234567', '+234 803 123 4567'], // Nigeria
    ['+223 76 12 34 56', '+22376123456', '+223 76 12 34 56'], // Mali
    ['+261 32 12 345 67', '+261321234567', '+261 32 12 345 67'], // Madagascar
    ['+33 6 12 34 56 78', '+33612345678', '+33 6 12 34 56 78'], // France: a two-digit code, pairs
    ['+1 202 555 0143', '+12025550143', '+1 20 25 55 01 43'],
  ];
  for (const [input, e164, display] of valid) {
    it(`${input} → ${e164}`, () => {
      expect(parsePhoneNumber(input)).to.deep.equal({ ok: true, value: { e164, countryCode: display.split(' ')[0].slice(1), display } });
    });
  }

  const invalid: [string, RegExp][] = [
    ['77 123 45 67', /country code/],
    ['0771234567', /country code/],
    ['+221 77 123 45 6', /9 digits/],
    ['+221 77 123 45 678', /9 digits/],
    ['+225 12 34 56 78', /10 digits/],
    ['+221 77 ABC 45 67', /only digits/],
    ['+0221771234567', /never starts with 0/],
    ['+1234567890123456', /at most 15/],
    ['', /empty/],
    ['+221', /digits|short/],
  ];
  for (const [input, reason] of invalid) {
    it(`refuses ${JSON.stringify(input)}`, () => {
      const result = parsePhoneNumber(input);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.match(reason);
    });
  }
});
