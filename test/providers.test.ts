import { expect } from '@open-wc/testing';
import { buildOptions, CHILDREN, loadProviders, providerIds } from '../src/option-list.js';
import { missing, publicOptions } from '../src/options.js';
import { loadAll } from '../src/providers/index.js';
import type { PaymentContext, Provider } from '../src/providers/provider.js';

let providers: Provider<unknown>[] = [];
before(async () => {
  providers = await loadAll();
  // The code a legacy Bitcoin address needs, which the widget fetches for the first one it sees.
  await byId('bitcoin').prepare?.('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2');
});
const byId = (id: string) => providers.find((p) => p.id === id) as Provider<unknown>;

const context = (over: Partial<PaymentContext> = {}): PaymentContext => ({
  amount: null, currency: 'USD', recipient: '', message: '', pixCity: '', sepaBic: '', ...over,
});

/** Parses and builds; returns the payment or the error. */
function run(id: string, value: string, over: Partial<PaymentContext> = {}) {
  const provider = byId(id);
  if (provider.prepare?.(value)) throw new Error(`${id}: the code for ${value} has not been fetched`);
  const parsed = provider.parse(value);
  if (!parsed.ok) return { error: parsed.error };
  const built = provider.build(parsed.value, context(over));
  return built.ok ? built.value : { error: built.error };
}

type Row = [value: string, ctx: Partial<PaymentContext>, url: string, amount?: number | null, currency?: string | null];

const links: Record<string, Row[]> = {
  paypal: [
    ['awadiop', {}, 'https://paypal.me/awadiop'],
    ['@AwaDiop', {}, 'https://paypal.me/AwaDiop'],
    ['https://paypal.me/awadiop', {}, 'https://paypal.me/awadiop'],
    ['https://www.paypal.com/paypalme/awadiop', {}, 'https://paypal.me/awadiop'],
    ['www.paypal.me/awadiop/25', {}, 'https://paypal.me/awadiop'],
    ['awadiop', { amount: 10, currency: 'EUR' }, 'https://paypal.me/awadiop/10EUR', 10, 'EUR'],
    ['awadiop', { amount: 2.5, currency: 'USD' }, 'https://paypal.me/awadiop/2.50USD', 2.5, 'USD'],
    ['awadiop', { amount: 500, currency: 'JPY' }, 'https://paypal.me/awadiop/500JPY', 500, 'JPY'],
    // PayPal takes no decimals in HUF; never rounded.
    ['awadiop', { amount: 1.5, currency: 'HUF' }, 'https://paypal.me/awadiop', null, null],
    // PayPal does not take XOF: the amount is chosen in the app.
    ['awadiop', { amount: 2000, currency: 'XOF' }, 'https://paypal.me/awadiop', null, null],
  ],
  venmo: [
    ['awa-diop', {}, 'https://venmo.com/u/awa-diop'],
    ['@awa-diop', {}, 'https://venmo.com/u/awa-diop'],
    ['https://venmo.com/u/awa-diop', {}, 'https://venmo.com/u/awa-diop'],
    ['https://account.venmo.com/u/awa-diop', {}, 'https://venmo.com/u/awa-diop'],
    ['awa-diop', { amount: 5, currency: 'USD' }, 'https://venmo.com/awa-diop?txn=pay&amount=5.00', 5, 'USD'],
    ['awa-diop', { amount: 5, currency: 'USD', message: 'Merci & bravo' }, 'https://venmo.com/awa-diop?txn=pay&amount=5.00&note=Merci%20%26%20bravo', 5, 'USD'],
    ['awa-diop', { amount: 5, currency: 'EUR' }, 'https://venmo.com/u/awa-diop', null, null],
  ],
  cashapp: [
    ['$awadiop', {}, 'https://cash.app/$awadiop'],
    ['awadiop', {}, 'https://cash.app/$awadiop'],
    ['https://cash.app/$awadiop', {}, 'https://cash.app/$awadiop'],
    ['$awadiop', { amount: 10, currency: 'USD' }, 'https://cash.app/$awadiop/10', 10, 'USD'],
    ['$awadiop', { amount: 7.5, currency: 'USD' }, 'https://cash.app/$awadiop/7.50', 7.5, 'USD'],
    ['$awadiop', { amount: 10, currency: 'GBP' }, 'https://cash.app/$awadiop', null, null],
  ],
  patreon: [
    ['awadiop', {}, 'https://www.patreon.com/awadiop'],
    ['https://www.patreon.com/awadiop', {}, 'https://www.patreon.com/awadiop'],
    ['https://patreon.com/c/awadiop/posts', {}, 'https://www.patreon.com/awadiop'],
    ['awadiop', { amount: 5, currency: 'USD' }, 'https://www.patreon.com/awadiop', null, null],
  ],
  bandcamp: [
    ['awadiop', {}, 'https://awadiop.bandcamp.com'],
    ['AwaDiop', {}, 'https://awadiop.bandcamp.com'],
    ['https://awa-diop.bandcamp.com/album/x', {}, 'https://awa-diop.bandcamp.com'],
  ],
  kofi: [
    ['awadiop', {}, 'https://ko-fi.com/awadiop'],
    ['https://ko-fi.com/awadiop', {}, 'https://ko-fi.com/awadiop'],
    ['awadiop', { amount: 5, currency: 'USD' }, 'https://ko-fi.com/awadiop', null, null],
  ],
  buymeacoffee: [
    ['awadiop', {}, 'https://buymeacoffee.com/awadiop'],
    ['https://www.buymeacoffee.com/awadiop', {}, 'https://buymeacoffee.com/awadiop'],
  ],
  github: [
    ['awa-diop', {}, 'https://github.com/sponsors/awa-diop'],
    ['@awa-diop', {}, 'https://github.com/sponsors/awa-diop'],
    ['https://github.com/sponsors/awa-diop', {}, 'https://github.com/sponsors/awa-diop'],
    ['https://github.com/awa-diop', {}, 'https://github.com/sponsors/awa-diop'],
  ],
  liberapay: [
    ['awadiop', {}, 'https://liberapay.com/awadiop'],
    ['~awa.diop', {}, 'https://liberapay.com/awa.diop'],
    ['https://liberapay.com/awadiop/donate', {}, 'https://liberapay.com/awadiop'],
  ],
  opencollective: [
    ['tip-jar', {}, 'https://opencollective.com/tip-jar'],
    ['https://opencollective.com/Tip-Jar', {}, 'https://opencollective.com/tip-jar'],
  ],
  revolut: [
    ['awadiop', {}, 'https://revolut.me/awadiop'],
    ['@awadiop', {}, 'https://revolut.me/awadiop'],
    ['awadiop', { amount: 5, currency: 'EUR' }, 'https://revolut.me/awadiop', null, null],
  ],
  monzo: [
    ['awadiop', {}, 'https://monzo.me/awadiop'],
    ['awadiop', { amount: 10, currency: 'GBP' }, 'https://monzo.me/awadiop/10.00', 10, 'GBP'],
    ['awadiop', { amount: 2.5, currency: 'GBP', message: 'Thanks & cheers' }, 'https://monzo.me/awadiop/2.50?d=Thanks%20%26%20cheers', 2.5, 'GBP'],
    ['awadiop', { amount: 10, currency: 'EUR' }, 'https://monzo.me/awadiop', null, null],
  ],
  stripe: [
    ['https://buy.stripe.com/test_eVa5kC0Xa3Hn', {}, 'https://buy.stripe.com/test_eVa5kC0Xa3Hn'],
    ['  https://pay.example.org/b/abc123  ', {}, 'https://pay.example.org/b/abc123'],
  ],
  wave: [
    ['https://pay.wave.com/m/M_sn_Ab3-x_9/c/sn/', {}, 'https://pay.wave.com/m/M_sn_Ab3-x_9/c/sn/'],
    ['pay.wave.com/m/M_ci_Q1w2e3/c/ci/?utm=x#top', {}, 'https://pay.wave.com/m/M_ci_Q1w2e3/c/ci/'],
    ['https://pay.wave.com/m/M_sn_Ab3/c/sn/', { amount: 2000, currency: 'XOF' }, 'https://pay.wave.com/m/M_sn_Ab3/c/sn/?amount=2000', 2000, 'XOF'],
    ['https://pay.wave.com/m/M_sn_Ab3/c/sn/', { amount: 5, currency: 'EUR' }, 'https://pay.wave.com/m/M_sn_Ab3/c/sn/', null, null],
  ],
  gofundme: [
    ['help-awa-rebuild', {}, 'https://www.gofundme.com/f/help-awa-rebuild'],
    ['https://www.gofundme.com/f/help-awa-rebuild?qid=1', {}, 'https://www.gofundme.com/f/help-awa-rebuild'],
  ],
  razorpay: [
    ['@awadiop', {}, 'https://razorpay.me/@awadiop'],
    ['https://razorpay.me/@awadiop', {}, 'https://razorpay.me/@awadiop'],
    ['awadiop', { amount: 100, currency: 'INR' }, 'https://razorpay.me/@awadiop', null, null],
  ],
  picpay: [
    ['@awadiop', {}, 'https://picpay.me/awadiop'],
    ['awadiop', { amount: 5, currency: 'BRL' }, 'https://picpay.me/awadiop/5.00', 5, 'BRL'],
    ['awadiop', { amount: 5, currency: 'USD' }, 'https://picpay.me/awadiop', null, null],
  ],
  paga: [
    ['awadiop', {}, 'https://justpaga.me/awadiop'],
    ['https://justpaga.me/awadiop', {}, 'https://justpaga.me/awadiop'],
  ],
  strike: [
    ['awadiop', {}, 'https://strike.me/awadiop'],
    ['awadiop@strike.me', {}, 'https://strike.me/awadiop'],
    ['https://strike.me/awadiop', {}, 'https://strike.me/awadiop'],
  ],
};

const invalid: Record<string, string[]> = {
  paypal: ['awa diop', 'awa-diop', 'a'.repeat(21), 'https://evil.example/awadiop', '@'],
  venmo: ['awa', 'awa diop', 'a'.repeat(31), 'https://paypal.me/awa-diop'],
  cashapp: ['$12345', '$awa-diop', '$' + 'a'.repeat(21), 'https://cash.app.evil.example/$awa'],
  patreon: ['awa diop', '<script>', 'https://www.patreon.evil/x'],
  bandcamp: ['-awa', 'awa_diop', 'https://bandcamp.evil.com/x', 'a'.repeat(64)],
  strike: ['awa diop', 'https://strike.evil/awa'],
  kofi: ['awa-diop', 'https://ko-fi.evil/awa'],
  wave: ['https://pay.wave.com.evil.example/m/M_sn_x/c/sn/', 'http://pay.wave.com/m/M_sn_x/c/sn/', 'https://pay.wave.com/x/123', 'https://wave.com/m/M_sn_x', '77 123 45 67'],
  gofundme: ['help awa', 'https://www.gofundme.evil/f/x'],
  razorpay: ['ab', 'https://razorpay.evil/@x'],
  picpay: ['awa diop'],
  paga: ['awa diop', 'https://paga.evil/x'],
  buymeacoffee: ['awa diop', '"><img>'],
  github: ['-awa', 'awa--diop', 'awa_diop', 'a'.repeat(40)],
  liberapay: ['.awa', 'a'.repeat(33), 'awa diop'],
  opencollective: ['tip_jar', '-tip', 'tip jar'],
  revolut: ['awa diop', 'https://revolut.evil/awa'],
  monzo: ['awa diop', 'https://monzo.evil/x'],
  stripe: ['http://buy.stripe.com/x', 'buy.stripe.com/x', 'javascript:alert(1)', 'https://user:pw@buy.stripe.com/x', 'https://buy.stripe.com/'],
};

describe('link providers', () => {
  for (const [id, rows] of Object.entries(links)) {
    describe(id, () => {
      for (const [value, ctx, url, amount = null, currency = null] of rows) {
        it(`${value} ${JSON.stringify(ctx)} → ${url}`, () => {
          expect(run(id, value, ctx)).to.deep.equal({ url, qr: url, copy: null, amount, currency });
        });
      }
      for (const value of invalid[id] ?? []) {
        it(`refuses ${JSON.stringify(value)} with a reason`, () => {
          const result = run(id, value) as { error?: string };
          expect(result.error, JSON.stringify(result)).to.be.a('string').and.have.length.greaterThan(10);
        });
      }
    });
  }
});

describe('PayPal amounts', () => {
  const PAYPAL = 'AUD BRL CAD CNY CZK DKK EUR HKD HUF ILS JPY MYR MXN TWD NZD NOK PHP PLN GBP SGD SEK CHF THB USD'.split(' ');
  it('goes in with the decimals the currency has, cross-checked with Intl (CLDR)', () => {
    for (const currency of PAYPAL) {
      const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
      // ISO 4217 and CLDR give HUF and TWD 2 decimals; PayPal takes none in them.
      const whole = currency === 'HUF' || currency === 'TWD' || digits === 0;
      const cents = run('paypal', 'awadiop', { amount: 2.5, currency });
      expect(cents, currency).to.include({ url: whole ? 'https://paypal.me/awadiop' : `https://paypal.me/awadiop/2.50${currency}`, amount: whole ? null : 2.5 });
      expect(run('paypal', 'awadiop', { amount: 7, currency }), currency).to.include({ url: `https://paypal.me/awadiop/7${currency}`, amount: 7 });
    }
  });

  it('takes none in a currency PayPal does not take, whatever its decimals', () => {
    for (const currency of ['XOF', 'KWD', 'NGN', 'BTC']) {
      expect(run('paypal', 'awadiop', { amount: 5, currency }), currency).to.include({ url: 'https://paypal.me/awadiop', amount: null, currency: null });
    }
  });
});

const BTC = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
const ETH = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
const SOL = 'mvines9iiHiQTysrwkJjGf2gb9Ex9jXJX8ns3qwf2kN';
const XMR = '888tNkZrPN6JsEgekjMnABU4TBzc2Dt29EPAvkRxbANsAnjyPbb3iQ1YBRk1UXcdRsiKc9dhwMVgN5S9cQUiyoogDavup3H';
const PIX_BCB = '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D';
const LNURL = 'LNURL1DP68GURN8GHJ7UM9WFMXJCM99E3K7MF0V9CXJ0M385EKVCENXC6R2C35XVUKXEFCV5MKVV34X5EKZD3EV56NYD3HXQURZEPEXEJXXEPNXSCRVWFNV9NXZCN9XQ6XYEFHVGCXXCMYXYMNSERXFQ5FNS';

describe('wallet providers', () => {
  const rows: [string, string, Partial<PaymentContext>, object][] = [
    ['bitcoin', BTC, {}, { url: `bitcoin:${BTC}`, copy: BTC, amount: null, currency: null }],
    ['bitcoin', BTC.toUpperCase(), {}, { url: `bitcoin:${BTC}`, copy: BTC, amount: null, currency: null }],
    ['bitcoin', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', { amount: 0.0005, currency: 'BTC', recipient: 'Awa Diop', message: 'Merci !' },
      { url: 'bitcoin:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2?amount=0.0005&label=Awa%20Diop&message=Merci%20%21', copy: '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', amount: 0.0005, currency: 'BTC' }],
    // An amount in another currency never goes into a bitcoin URI.
    ['bitcoin', BTC, { amount: 5, currency: 'EUR' }, { url: `bitcoin:${BTC}`, copy: BTC, amount: null, currency: null }],
    ['ethereum', ETH.toLowerCase(), {}, { url: `ethereum:${ETH}@1`, copy: ETH, amount: null, currency: null }],
    ['ethereum', ETH, { amount: 0.01, currency: 'ETH' }, { url: `ethereum:${ETH}@1?value=10000000000000000`, copy: ETH, amount: 0.01, currency: 'ETH' }],
    ['ethereum', ETH, { amount: 5, currency: 'USD' }, { url: `ethereum:${ETH}@1`, copy: ETH, amount: null, currency: null }],
    ['lightning', 'awa@getalby.com', {}, { url: 'lightning:awa@getalby.com', copy: 'awa@getalby.com', amount: null, currency: null }],
    ['lightning', 'Awa@GetAlby.com', { amount: 5, currency: 'USD' }, { url: 'lightning:awa@getalby.com', copy: 'awa@getalby.com', amount: null, currency: null }],
    ['lightning', LNURL.toLowerCase(), {}, { url: `lightning:${LNURL}`, copy: LNURL, amount: null, currency: null }],
    ['orange-money', '+221 77 123 45 67', { amount: 2000, currency: 'XOF' },
      { url: null, qr: 'tel:+221771234567', copy: '+221771234567', display: '+221 77 123 45 67', amount: null, currency: null }],
    ['mtn-momo', '+237 6 71 23 45 67', {}, { url: null, qr: 'tel:+237671234567', copy: '+237671234567', display: '+237 6 71 23 45 67', amount: null, currency: null }],
    ['mpesa', '+254-712-345-678', {}, { url: null, qr: 'tel:+254712345678', copy: '+254712345678', display: '+254 712 345 678', amount: null, currency: null }],
    ['airtel-money', '00243 81 234 5678', {}, { url: null, qr: 'tel:+243812345678', copy: '+243812345678', display: '+243 81 234 5678', amount: null, currency: null }],
    ['wave', '+225 07 12 34 56 78', {}, { url: null, qr: 'tel:+2250712345678', copy: '+2250712345678', display: '+225 07 12 34 56 78', amount: null, currency: null }],
    ['solana', SOL, {}, { url: `solana:${SOL}`, copy: SOL, amount: null, currency: null }],
    ['solana', `solana:${SOL}`, { amount: 0.25, currency: 'SOL', recipient: 'Awa Diop', message: 'Merci & bravo' },
      { url: `solana:${SOL}?amount=0.25&label=Awa%20Diop&message=Merci%20%26%20bravo`, copy: SOL, amount: 0.25, currency: 'SOL' }],
    ['solana', SOL, { amount: 5, currency: 'USD' }, { url: `solana:${SOL}`, copy: SOL, amount: null, currency: null }],
    ['monero', XMR, {}, { url: `monero:${XMR}`, copy: XMR, amount: null, currency: null }],
    ['monero', XMR, { amount: 0.5, currency: 'XMR', recipient: 'Awa Diop', message: 'Merci' },
      { url: `monero:${XMR}?tx_amount=0.5&recipient_name=Awa%20Diop&tx_description=Merci`, copy: XMR, amount: 0.5, currency: 'XMR' }],
    ['sepa', 'DE89 3704 0044 0532 0130 00', { recipient: 'Awa Diop' },
      { url: null, copy: 'DE89370400440532013000', display: 'DE89 3704 0044 0532 0130 00', amount: null, currency: null,
        qr: 'BCD\n002\n1\nSCT\n\nAwa Diop\nDE89370400440532013000' }],
    ['sepa', 'de89370400440532013000', { recipient: 'Awa Diop', amount: 5, currency: 'EUR', message: 'Merci pour l’article' },
      { url: null, copy: 'DE89370400440532013000', display: 'DE89 3704 0044 0532 0130 00', amount: 5, currency: 'EUR',
        qr: 'BCD\n002\n1\nSCT\n\nAwa Diop\nDE89370400440532013000\nEUR5\n\n\nMerci pour l’article' }],
    ['sepa', 'FR14 2004 1010 0505 0001 3M02 606', { recipient: 'Awa Diop', amount: 5, currency: 'USD' },
      { url: null, copy: 'FR1420041010050500013M02606', display: 'FR14 2004 1010 0505 0001 3M02 606', amount: null, currency: null,
        qr: 'BCD\n002\n1\nSCT\n\nAwa Diop\nFR1420041010050500013M02606' }],
    ['upi', 'AwaDiop@okaxis', { recipient: 'Awa Diop' },
      { url: 'upi://pay?pa=awadiop@okaxis&pn=Awa%20Diop&cu=INR', copy: 'awadiop@okaxis', amount: null, currency: null }],
    ['upi', 'awadiop@okaxis', { recipient: 'Awa Diop', amount: 100, currency: 'INR', message: 'Thanks!' },
      { url: 'upi://pay?pa=awadiop@okaxis&pn=Awa%20Diop&am=100.00&cu=INR&tn=Thanks%21', copy: 'awadiop@okaxis', amount: 100, currency: 'INR' }],
    ['upi', 'awadiop@okaxis', { recipient: 'Awa Diop', amount: 5, currency: 'USD' },
      { url: 'upi://pay?pa=awadiop@okaxis&pn=Awa%20Diop&cu=INR', copy: 'awadiop@okaxis', amount: null, currency: null }],
    // The central bank's published static example, to the byte.
    ['pix', '123e4567-e12b-12d1-a456-426655440000', { recipient: 'Fulano de Tal', pixCity: 'BRASILIA' },
      { url: null, qr: PIX_BCB, copy: PIX_BCB, amount: null, currency: null }],
  ];
  for (const [id, value, ctx, expected] of rows) {
    it(`${id} ${value.slice(0, 24)}… ${JSON.stringify(ctx)}`, () => {
      const result = run(id, value, ctx) as { url: string; qr: string };
      expect(result).to.deep.equal({ qr: result.url, ...expected });
    });
  }

  const bad: [string, string, RegExp][] = [
    ['bitcoin', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', /checksum|typo/i],
    ['bitcoin', 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx', /testnet/i],
    ['bitcoin', 'mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn', /testnet/i],
    ['ethereum', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', /checksum/i],
    ['ethereum', '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae', /./],
    ['solana', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', /./],
    ['solana', 'mvines9iiHiQTysrwkJjGf2gb9Ex9jXJX8ns3qwf2k', /./],
    ['monero', XMR.slice(0, -1) + 'J', /typo|checksum/i],
    ['orange-money', '77 123 45 67', /country code/],
    ['orange-money', '+221 77 123 45 6', /9 digits/],
    ['mtn-momo', '+237 6 7l 23 45 67', /only digits/],
    ['mpesa', '+2547123456789012', /15/],
    ['sepa', 'DE89 3704 0044 0532 0130 01', /typo|check/i],
    ['sepa', 'BR1500000000000010932840814P2', /SEPA/],
    ['sepa', 'CH44 3199 9123 0008 8901 2', /QR-IBAN/i],
    ['sepa', 'DE89370400440532013000', /recipient/],
    ['pix', '123e4567-e12b-12d1-a456-426655440000', /recipient|name/i],
    ['upi', 'awa diop', /./],
    ['lightning', 'lnbc2500u1pvjluezpp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4jsxqzpuaztrnwngzn3kdzw5hydlzf03qdgm2hdq27cqv3agm2awhz5se903vruatfhq77w3ls4evs3ch9zw97j25emudupq63nyw24cg27h2rspfj9srp', /invoice/i],
  ];
  for (const [id, value, reason] of bad) {
    it(`${id} refuses ${value.slice(0, 24)}…`, async () => {
      // What the widget does first: fetch the code that says why (Bitcoin, SEPA).
      await byId(id).prepare?.(value);
      const result = run(id, value) as { error?: string };
      expect(result.error).to.match(reason);
    });
  }
});

describe('buildOptions', () => {
  it('lists only providers whose code has arrived, and loads only the ones asked for', async () => {
    const values = { upi: 'awa@upi', pix: '' };
    expect(missing(values)).to.deep.equal(['upi']);
    expect(buildOptions({ values, settings: { amount: null, currency: 'INR' } }).options).to.deep.equal([]);
    await loadProviders(missing(values));
    expect(missing(values)).to.deep.equal([]);
    expect(buildOptions({ values, settings: { amount: null, currency: 'INR' } }).options.map((o) => o.provider)).to.deep.equal(['upi']);
  });

  it('lists providers in registry order, then links, then data', async () => {
    await loadProviders([...providerIds, CHILDREN]);
    const { options, errors } = buildOptions({
      values: { bitcoin: BTC, paypal: 'awadiop', venmo: '' },
      settings: { amount: null, currency: 'USD' },
      links: [{ name: 'Shop', href: 'https://shop.example/' }],
      data: [{ name: 'Till', value: '123456' }],
    });
    expect(errors).to.deep.equal([]);
    expect(options.map((o) => o.provider)).to.deep.equal(['paypal', 'bitcoin', 'link', 'text']);
  });

  it("lists each option's public fields only, in the order of the contract", async () => {
    await loadProviders([...providerIds, CHILDREN]);
    const { options, errors } = buildOptions({
      values: { bitcoin: BTC, paypal: 'awadiop', sepa: 'DE89 3704 0044 0532 0130 00', 'orange-money': '+221 77 123 45 67' },
      settings: { amount: 5, currency: 'EUR', recipient: 'Awa Diop' },
      links: [{ name: 'Shop', href: 'https://shop.example/' }],
      data: [{ name: 'Till', value: '123456' }],
    });
    expect(errors).to.deep.equal([]);
    // The records also say how to present each option (an IBAN is shown grouped).
    expect(options.find((o) => o.provider === 'sepa')?.display).to.equal('DE89 3704 0044 0532 0130 00');
    const fields = publicOptions(options).map((option) => Object.keys(option).join(' '));
    expect(fields).to.deep.equal(Array(6).fill('provider name url qr copy amount currency'));
  });

  it('names the attribute, the value and the reason of each refusal', async () => {
    await loadProviders([...providerIds, CHILDREN]);
    const { options, errors } = buildOptions({
      values: { paypal: 'no way', cashapp: 'x'.repeat(5000) },
      settings: { amount: null, currency: 'USD' },
      links: [{ name: 'x', href: 'http://insecure.example/' }],
      data: [{ name: 'Empty', value: '' }],
    });
    expect(options).to.deep.equal([]);
    expect(errors.map(({ provider, attribute }) => [provider, attribute])).to.deep.equal([
      ['paypal', 'paypal'], ['cashapp', 'cashapp'], ['link', 'href'], ['text', 'value'],
    ]);
    expect(errors[0].value).to.equal('no way');
    expect(errors[1].message).to.match(/too long/);
  });
});
