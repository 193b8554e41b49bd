import { expect } from '@open-wc/testing';
import { bech32, bech32m } from 'bech32';
import { parseLightning } from '../../src/payloads/lightning.js';
import { prng, randomInt, utf8 } from './random.js';

// LUD-01's example LNURL and the URL it encodes.
const LUD01 =
  'LNURL1DP68GURN8GHJ7UM9WFMXJCM99E3K7MF0V9CXJ0M385EKVCENXC6R2C35XVUKXEFCV5MKVV34X5EKZD3EV56NYD3HXQURZEPEXEJXXEPNXSCRVWFNV9NXZCN9XQ6XYEFHVGCXXCMYXYMNSERXFQ5FNS';
const LUD01_URL = 'https://service.com/api?q=3fc3645b439ce8e7f2553a69e5267081d96dcd340693afabe04be7b0ccd178df';

/** An LNURL made by the independent bech32 package. */
const lnurl = (url: string, lib = bech32) => lib.encode('lnurl', lib.toWords(utf8(url)), 2000).toUpperCase();

const address = (value: string, url: string) => ({
  ok: true,
  value: { kind: 'address', value, uri: `lightning:${value}`, url },
});

describe('parseLightning', () => {
  const valid: [string, ReturnType<typeof address>][] = [
    [LUD01, { ok: true, value: { kind: 'lnurl', value: LUD01, uri: `lightning:${LUD01}`, url: LUD01_URL } }],
    [LUD01.toLowerCase(), { ok: true, value: { kind: 'lnurl', value: LUD01, uri: `lightning:${LUD01}`, url: LUD01_URL } }],
    [` LIGHTNING:${LUD01} `, { ok: true, value: { kind: 'lnurl', value: LUD01, uri: `lightning:${LUD01}`, url: LUD01_URL } }],
    // LUD-16's example, and the same address in other spellings
    ['satoshi@bitcoin.org', address('satoshi@bitcoin.org', 'https://bitcoin.org/.well-known/lnurlp/satoshi')],
    ['Satoshi@Bitcoin.ORG', address('satoshi@bitcoin.org', 'https://bitcoin.org/.well-known/lnurlp/satoshi')],
    ['lightning:satoshi@bitcoin.org', address('satoshi@bitcoin.org', 'https://bitcoin.org/.well-known/lnurlp/satoshi')],
    ['  Lightning:tips@pay.example.co.uk\n', address('tips@pay.example.co.uk', 'https://pay.example.co.uk/.well-known/lnurlp/tips')],
    ['a.b-c_d9@x-y.example', address('a.b-c_d9@x-y.example', 'https://x-y.example/.well-known/lnurlp/a.b-c_d9')],
    // LUD-16 tags: <username>+<tag>@<domain>
    ['satoshi+blog@bitcoin.org', address('satoshi+blog@bitcoin.org', 'https://bitcoin.org/.well-known/lnurlp/satoshi+blog')],
    // Onion domains are fetched over http
    ['me@examplennnnnnnn.onion', address('me@examplennnnnnnn.onion', 'http://examplennnnnnnn.onion/.well-known/lnurlp/me')],
  ];
  for (const [input, expected] of valid) {
    it(`accepts ${input.trim().slice(0, 50)}`, () => {
      expect(parseLightning(input)).to.deep.equal(expected);
    });
  }

  it('accepts an http:// LNURL only for an onion service', () => {
    const onion = 'http://examplennnnnnnn.onion/lnurlp/tips';
    const value = lnurl(onion);
    expect(parseLightning(value)).to.deep.equal({ ok: true, value: { kind: 'lnurl', value, uri: `lightning:${value}`, url: onion } });
    expect(parseLightning(lnurl('http://service.com/lnurlp/tips')).ok).to.equal(false);
  });

  const BOLT11 =
    'lnbc20m1pvjluezhp58yjmdan79s6qqdhdzgynm4zwqd5d7xmw5fk98klysy043l2ahrqspp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqfppj3a24vwu6r8ejrss3axul8rxldph2q7z9kmrgvr7xlaqm47apw3d48zm203kzcq357a4ls9al2ea73r8jcceyjtya6fu5wzzpe50zrge6ulk4nvjcpxlekvmxl6qcs9j3tz0469gq5g658y';
  const invalid: [string, RegExp, string][] = [
    [BOLT11, /invoice \(BOLT11\).*paid only once and expires.*Lightning Address/, 'a BOLT11 invoice'],
    [`lightning:${BOLT11.toUpperCase()}`, /invoice \(BOLT11\)/, 'an upper-case BOLT11 invoice with a prefix'],
    ['lntb2500u1pvjluezpp5', /invoice \(BOLT11\)/, 'a testnet invoice'],
    ['lno1qcp4256ypq', /BOLT12 offers/, 'a BOLT12 offer'],
    [LUD01.slice(0, 20) + LUD01.slice(20).toLowerCase(), /mixes upper- and lower-case/, 'a mixed-case LNURL'],
    [LUD01.slice(0, -1) + 'T', /typo: its checksum does not match/, 'an LNURL with a typo'],
    [lnurl(LUD01_URL, bech32m), /typo: its checksum does not match/, 'an LNURL with a Bech32m checksum'],
    [lnurl('http://service.com/api'), /not https:\/\//, 'an http:// LNURL'],
    [lnurl('ftp://service.com/api'), /not https:\/\//, 'an ftp:// LNURL'],
    [lnurl('service.com/api'), /does not contain a web address/, 'an LNURL without a scheme'],
    [bech32.encode('lnurl', bech32.toWords([0x68, 0xff, 0xfe])), /does not contain a web address/, 'an LNURL of invalid UTF-8'],
    [bech32.encode('lnurl', [31, 31, 31, 31]), /does not contain a web address/, 'an LNURL with non-zero padding bits'],
    ['Satoshi Nakamoto@bitcoin.org', /may only contain a–z, 0–9, -, _ and \./, 'a space in the user name'],
    ['sätoshi@bitcoin.org', /may only contain/, 'a non-ASCII user name'],
    ['@bitcoin.org', /may only contain/, 'an empty user name'],
    ['satoshi@localhost', /must be a domain name/, 'a domain without a dot'],
    ['satoshi@bitcoin..org', /must be a domain name/, 'an empty domain label'],
    ['satoshi@-bitcoin.org', /must be a domain name/, 'a label starting with a hyphen'],
    ['satoshi@bitcoin.org/path', /must be a domain name/, 'a path after the domain'],
    ['satoshi@bitcoin.org:8080', /must be a domain name/, 'a port'],
    ['satoshi@192.168.0.1', /must be a domain name/, 'an IP address'],
    ['satoshi@a@bitcoin.org', /must be a domain name/, 'two @'],
    [`satoshi@${'a'.repeat(64)}.org`, /must be a domain name/, 'a label over 63 characters'],
    ['https://service.com/.well-known/lnurlp/satoshi', /not a Lightning Address or an LNURL/, 'a plain URL'],
    ['bc1qufgy354j3kmvuch987xe4s40836x3h0lg8f5n2', /not a Lightning Address or an LNURL/, 'a Bitcoin address'],
    ['lightning:', /Enter a Lightning payment target/, 'a bare scheme'],
  ];
  for (const [input, message, reason] of invalid) {
    it(`refuses ${reason}`, () => {
      const result = parseLightning(input);
      expect(result.ok ? JSON.stringify(result.value) : result.error).to.match(message);
    });
  }

  it('decodes 300 random LNURLs made by the bech32 package back to their URLs', () => {
    const next = prng(1);
    const chars = 'abcdefghijklmnopqrstuvwxyz0123456789-._~%/?=&';
    for (let i = 0; i < 300; i++) {
      const path = Array.from({ length: randomInt(next, 300) }, () => chars[randomInt(next, chars.length)]).join('');
      const url = `https://pay${i}.example.com/${path}`;
      const encoded = lnurl(url);
      const input = i % 2 ? encoded : `lightning:${encoded.toLowerCase()}`;
      expect(parseLightning(input), input).to.deep.equal({
        ok: true,
        value: { kind: 'lnurl', value: encoded, uri: `lightning:${encoded}`, url },
      });
    }
  });
});
