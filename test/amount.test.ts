import { expect } from '@open-wc/testing';
import { currencyDigits, decimalString, fixed, fixedOrWhole, parseAmount } from '../src/amount.js';

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

  it('knows the minor units of currencies and coins', () => {
    expect([currencyDigits('EUR'), currencyDigits('JPY'), currencyDigits('XOF'), currencyDigits('KWD')]).to.deep.equal([2, 0, 0, 3]);
    expect([currencyDigits('BTC'), currencyDigits('ETH'), currencyDigits('SOL'), currencyDigits('XMR')]).to.deep.equal([8, 18, 9, 12]);
  });
});
