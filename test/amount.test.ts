import { expect } from '@open-wc/testing';
import { decimalString, fixed, fixedOrWhole, parseAmount, plainDecimal } from '../src/amount.js';

describe('amounts', () => {
  const parse: [string | null, number | null][] = [
    ['5', 5], ['2.50', 2.5], [' 10 ', 10], ['0.0005', 0.0005],
    ['0', null], ['-5', null], ['5,00', null], ['1e3', null], ['abc', null], ['', null], [null, null], ['.5', null], ['5.', null],
  ];
  for (const [text, expected] of parse) {
    it(`parseAmount(${JSON.stringify(text)}) → ${expected}`, () => expect(parseAmount(text)).to.equal(expected));
  }

  const decimal: [number, number, string | null][] = [
    [5, 2, '5'], [2.5, 2, '2.5'], [0.0005, 8, '0.0005'], [1e-7, 8, '0.0000001'], [1e-9, 8, null],
    [0.1 + 0.2, 2, null], [1e-21, 20, null], [123456789.12, 2, '123456789.12'], [0, 2, null], [-1, 2, null], [NaN, 2, null], [Infinity, 2, null],
  ];
  for (const [value, max, expected] of decimal) {
    it(`decimalString(${value}, ${max}) → ${expected}`, () => expect(decimalString(value, max)).to.equal(expected));
  }

  it('fixed and fixedOrWhole never round', () => {
    expect(fixed(5, 2)).to.equal('5.00');
    expect(fixed(2.5, 2)).to.equal('2.50');
    expect(fixed(2.555, 2)).to.equal(null);
    expect(fixed(7, 0)).to.equal('7');
    expect(fixedOrWhole(10, 2)).to.equal('10');
    expect(fixedOrWhole(7.5, 2)).to.equal('7.50');
    expect(fixedOrWhole(1.5, 0)).to.equal(null);
  });

  it('writes every decimal without an exponent, as Intl does, from the shortest form that reads back', () => {
    const intl = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });
    // Intl stops at 20 decimals; within them both must write the same digits.
    const same = (text: string) => (text.split('.')[1]?.length ?? 0) <= 20;
    const values = [1e-7, 1.5e-7, 0.1 + 0.2, 123456789.12, 1e21, 1.7976931348623157e308, 2 ** 70, 5e-324, -2.5, 0, 0.0005, 12.3];
    let seed = 7;
    const random = () => ((seed = Math.imul(seed ^ (seed >>> 15), 2246822519) + 0x9e3779b9) >>> 0) / 2 ** 32;
    for (let i = 0; i < 2000; i++) values.push(random() * 10 ** Math.floor(random() * 30 - 8), Math.round(random() * 1e6) / 100);
    for (const value of values) {
      const text = plainDecimal(value);
      expect(text, String(value)).to.match(/^-?\d+(\.\d+)?$/);
      expect(Number(text), text).to.equal(value);
      if (same(text)) expect(text, String(value)).to.equal(intl.format(value));
    }
    expect([plainDecimal(1e-7), plainDecimal(1e21), plainDecimal(-1.5e-7)]).to.deep.equal(['0.0000001', '1000000000000000000000', '-0.00000015']);
  });
});
