import { expect } from '@open-wc/testing';
import { parseVpa, upiUri } from '../../src/payloads/upi.js';
import { prng, randomInt } from './random.js';

// NPCI UPI Linking Specification 1.6, section 2 (hyperlink and QR code samples).
const NPCI_SAMPLE =
  'upi://pay?pa=nadeem@npci&pn=nadeem%20chinna&mc=0000&tid=cxnkjcnkjdfdvjndkjfvn&tr=4894398cndhcd23&tn=Pay%20to%20mystar%20store&am=10&mam=null&cu=INR&url=https://mystar.com/orderid=9298yw89e8973e87389e78923ue892';

/** The query of a `upi://pay` link, decoded, in order. */
const query = (uri: string) => [...new URL(uri).searchParams];

describe('upiUri', () => {
  it("carries the NPCI sample's payee, name, note, amount and currency", () => {
    const sample = Object.fromEntries(query(NPCI_SAMPLE));
    const uri = upiUri({ vpa: sample.pa, name: sample.pn, amount: Number(sample.am), note: sample.tn });
    expect(uri).to.equal('upi://pay?pa=nadeem@npci&pn=nadeem%20chinna&am=10.00&cu=INR&tn=Pay%20to%20mystar%20store');
    // Each parameter written exactly as the sample writes it, the amount in 2-decimal form.
    const pieces = new Set(NPCI_SAMPLE.split('?')[1].split('&'));
    for (const piece of uri.split('?')[1].split('&')) {
      expect(pieces.has(piece) || piece === 'am=10.00', piece).to.equal(true);
    }
    expect(Number(Object.fromEntries(query(uri)).am)).to.equal(Number(sample.am));
  });

  const table: [Parameters<typeof upiUri>[0], string][] = [
    [{ vpa: 'shop@okaxis', name: 'Shop' }, 'upi://pay?pa=shop@okaxis&pn=Shop&cu=INR'],
    [{ vpa: 'shop@okaxis', name: 'Shop', amount: 10 }, 'upi://pay?pa=shop@okaxis&pn=Shop&am=10.00&cu=INR'],
    [{ vpa: 'shop@okaxis', name: 'Shop', amount: 0.5, note: null }, 'upi://pay?pa=shop@okaxis&pn=Shop&am=0.50&cu=INR'],
    [{ vpa: 'shop@okaxis', name: 'Shop', amount: 1234.56, note: 'Tip' }, 'upi://pay?pa=shop@okaxis&pn=Shop&am=1234.56&cu=INR&tn=Tip'],
    [{ vpa: 'shop@okaxis', name: 'Shop', amount: null, note: '  ' }, 'upi://pay?pa=shop@okaxis&pn=Shop&cu=INR'],
    // pn is mandatory: the VPA stands in for an empty name.
    [{ vpa: 'shop@okaxis', name: '' }, 'upi://pay?pa=shop@okaxis&pn=shop%40okaxis&cu=INR'],
    [{ vpa: 'shop@okaxis', name: '   ' }, 'upi://pay?pa=shop@okaxis&pn=shop%40okaxis&cu=INR'],
    // Spaces are %20, never '+'; UTF-8 percent-encoding; reserved characters escaped.
    [{ vpa: 'a.b-c_d@ybl', name: 'Chai Wala', note: 'Thanks for the chai!' }, 'upi://pay?pa=a.b-c_d@ybl&pn=Chai%20Wala&cu=INR&tn=Thanks%20for%20the%20chai%21'],
    [{ vpa: 'x1@paytm', name: 'राम स्टोर', note: '₹ चाय' }, 'upi://pay?pa=x1@paytm&pn=%E0%A4%B0%E0%A4%BE%E0%A4%AE%20%E0%A4%B8%E0%A5%8D%E0%A4%9F%E0%A5%8B%E0%A4%B0&cu=INR&tn=%E2%82%B9%20%E0%A4%9A%E0%A4%BE%E0%A4%AF'],
    [{ vpa: 'x1@paytm', name: "A&B=C+D #1 (50%) it's *", note: 'a/b?c' }, 'upi://pay?pa=x1@paytm&pn=A%26B%3DC%2BD%20%231%20%2850%25%29%20it%27s%20%2A&cu=INR&tn=a%2Fb%3Fc'],
  ];
  for (const [p, expected] of table) {
    it(`${JSON.stringify(p)} → ${expected}`, () => expect(upiUri(p)).to.equal(expected));
  }

  it('throws a RangeError for an amount that is not whole paise', () => {
    for (const amount of [1.005, 0.001, 0, -1, NaN, Infinity]) {
      expect(() => upiUri({ vpa: 'shop@okaxis', name: 'Shop', amount }), String(amount)).to.throw(RangeError);
    }
  });

  it('round-trips 300 random names, notes and amounts through URL decoding, in the spec order', () => {
    const next = prng(1947);
    const alphabet = [...'aZ9 .-_~!*\'()&=+?#/%@,;:$"<>[]{}|\\^`éü₹नमस्ते中😀'];
    const text = (max: number) => Array.from({ length: randomInt(next, max) }, () => alphabet[randomInt(next, alphabet.length)]).join('');
    for (let i = 0; i < 300; i++) {
      const name = text(30);
      const note = randomInt(next, 3) ? text(50) : null;
      const amount = randomInt(next, 2) ? (1 + randomInt(next, 1e7)) / 100 : null;
      const vpa = `user${i}.x-y_z@psp${i % 7}`;
      const uri = upiUri({ vpa, name, amount, note });
      expect(uri).to.match(/^upi:\/\/pay\?pa=[a-z0-9._-]+@[a-z0-9]+&pn=[A-Za-z0-9%._~-]+(&am=\d+\.\d\d)?&cu=INR(&tn=[A-Za-z0-9%._~-]+)?$/);
      const expected: [string, string][] = [['pa', vpa], ['pn', name.trim() || vpa]];
      if (amount !== null) expected.push(['am', amount.toFixed(2)]);
      expected.push(['cu', 'INR']);
      if (note?.trim()) expected.push(['tn', note.trim()]);
      expect(query(uri), uri).to.deep.equal(expected);
    }
  });
});

describe('parseVpa', () => {
  const valid: [string, string][] = [
    ['nadeem@npci', 'nadeem@npci'],
    ['  Shop.Name-1_x@OkAxis ', 'shop.name-1_x@okaxis'],
    ['9876543210@ybl', '9876543210@ybl'],
    ['ab@cd', 'ab@cd'],
    [`${'a'.repeat(256)}@${'b'.repeat(64)}`, `${'a'.repeat(256)}@${'b'.repeat(64)}`],
    [NPCI_SAMPLE, 'nadeem@npci'],
    ['UPI://PAY?pn=Shop&pa=Shop%40YBL&cu=INR', 'shop@ybl'],
    ['upi://pay?pa=shop@ybl#fragment', 'shop@ybl'],
  ];
  for (const [input, vpa] of valid) {
    it(`accepts ${JSON.stringify(input.length > 50 ? `${input.slice(0, 50)}…` : input)}`, () => {
      expect(parseVpa(input)).to.deep.equal({ ok: true, value: vpa });
    });
  }

  const invalid: [string, RegExp][] = [
    ['', /Set the UPI id/],
    ['   ', /Set the UPI id/],
    ['shop', /not a UPI id.*name@bank/],
    ['shop@', /after @.*2 to 64 letters and digits/],
    ['@ybl', /before @.*2 to 256/],
    ['a@ybl', /before @/],
    ['shop@y', /after @/],
    ['shop@ok-axis', /after @/],
    ['shop@ybl.com', /after @/],
    ['sh op@ybl', /before @/],
    ['shop@ybl@x', /before @/],
    ['shöp@ybl', /before @/],
    [`${'a'.repeat(257)}@ybl`, /before @/],
    [`shop@${'b'.repeat(65)}`, /after @/],
    ['upi://pay?pn=Shop&am=10', /no pa= parameter/],
    ['upi://pay', /no pa= parameter/],
    ['upi://pay?pa=shop', /not a UPI id/],
  ];
  for (const [input, message] of invalid) {
    it(`refuses ${JSON.stringify(input.length > 50 ? `${input.slice(0, 50)}…` : input)}`, () => {
      const r = parseVpa(input);
      expect(r.ok).to.equal(false);
      expect(r.ok ? '' : r.error).to.match(message).and.match(/\.$/);
    });
  }

  it('accepts 300 random ids within the limits, lower-cased, and what it returns builds a link that gives it back', () => {
    const next = prng(2016);
    const handleChars = [...'abcXYZ0189._-'];
    const pspChars = [...'abcdXYZ019'];
    for (let i = 0; i < 300; i++) {
      const handle = Array.from({ length: 2 + randomInt(next, 40) }, () => handleChars[randomInt(next, handleChars.length)]).join('');
      const psp = Array.from({ length: 2 + randomInt(next, 12) }, () => pspChars[randomInt(next, pspChars.length)]).join('');
      const vpa = `${handle}@${psp}`;
      const r = parseVpa(vpa);
      expect(r, vpa).to.deep.equal({ ok: true, value: vpa.toLowerCase() });
      expect(parseVpa(upiUri({ vpa: vpa.toLowerCase(), name: 'X', amount: 1 }))).to.deep.equal(r);
    }
  });
});
