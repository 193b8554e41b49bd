import { expect } from '@open-wc/testing';
import { createStaticPix, hasError, isStaticPix, parsePix } from 'pix-utils';
import { parseTlv, tlv } from '../../src/payloads/emv.js';
import { parsePixKey, pixBrCode, type PixKeyType } from '../../src/payloads/pix.js';
import { prng, randomInt } from './random.js';

// Manual de Padrões para Iniciação do Pix (BCB), static BR Code example.
const BCB_KEY = '123e4567-e12b-12d1-a456-426655440000';
const BCB_EXAMPLE = '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D';
// pix-utils tests/emvCodes.ts (built from merchantCity 'SÃO MIGUÉL DO O' before pix-utils upper-cased names).
const PIX_UTILS_STATIC = '00020126510014br.gov.bcb.pix0115thalesog@me.com0210Pedido 123520400005303986540510.005802BR5914Thales Ogliari6015SAO MIGUEL DO O62070503***63044367';
const PIX_UTILS_NO_AMOUNT = '00020126510014br.gov.bcb.pix0115thalesog@me.com0210Pedido 1235204000053039865802BR5914Thales Ogliari6015SAO MIGUEL DO O62070503***63042C6B';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const errorOf = (r: { ok: boolean; error?: string }) => (r.ok ? '' : r.error ?? '');
/** The top-level data objects of a payload, as an id → value map. */
const fields = (code: string) => Object.fromEntries((parseTlv(code) ?? []).map((o) => [o.id, o.value]));

describe('EMV data objects', () => {
  const table: [string, string, string][] = [
    ['00', '01', '000201'],
    ['53', '986', '5303986'],
    ['62', '0503***', '62070503***'],
    ['59', 'x'.repeat(99), `5999${'x'.repeat(99)}`],
    ['02', '😀é', '0202😀é'],
  ];
  for (const [id, v, expected] of table) {
    it(`tlv(${id}, ${v.length > 20 ? `${v.length} characters` : JSON.stringify(v)}) → ${expected.slice(0, 12)}…, and back`, () => {
      expect(tlv(id, v)).to.equal(expected);
      expect(parseTlv(expected)).to.deep.equal([{ id, value: v }]);
    });
  }

  it('tlv throws a RangeError for values of 0 or over 99 characters and for ids that are not 2 digits', () => {
    for (const [id, v] of [['59', 'x'.repeat(100)], ['02', ''], ['1', 'x'], ['ab', 'x'], ['100', 'x']]) {
      expect(() => tlv(id, v), `${id} ${v.length}`).to.throw(RangeError);
    }
  });

  it('parseTlv splits the BCB example and its merchant account template', () => {
    const objects = parseTlv(BCB_EXAMPLE);
    expect(objects?.map((o) => o.id)).to.deep.equal(['00', '26', '52', '53', '58', '59', '60', '62', '63']);
    expect(parseTlv(fields(BCB_EXAMPLE)['26'])).to.deep.equal([
      { id: '00', value: 'br.gov.bcb.pix' },
      { id: '01', value: BCB_KEY },
    ]);
    expect(parseTlv(fields(BCB_EXAMPLE)['62'])).to.deep.equal([{ id: '05', value: '***' }]);
    expect(parseTlv('')).to.deep.equal([]);
  });

  it('parseTlv refuses what is not a sequence of data objects', () => {
    for (const text of ['0', '000', '0002', '00020', '000201x', 'ab0201', '0a0201', '0000', '00-101', BCB_EXAMPLE.slice(0, -1), BCB_EXAMPLE.replace('5913', '5914')]) {
      expect(parseTlv(text), text).to.equal(null);
    }
  });
});

describe('parsePixKey', () => {
  const valid: [string, string, PixKeyType][] = [
    // CPF: documentation examples with valid check digits.
    ['123.456.789-09', '12345678909', 'cpf'],
    ['12345678909', '12345678909', 'cpf'],
    ['000.000.001-91', '00000000191', 'cpf'],
    ['529.982.247-25', '52998224725', 'cpf'],
    ['111.444.777-35', '11144477735', 'cpf'],
    ['  390.533.447-05 ', '39053344705', 'cpf'],
    // Both a CPF and a São Paulo mobile without +55: the DICT reads bare digits as a CPF.
    ['11912345684', '11912345684', 'cpf'],
    // CNPJ: the example, and Banco do Brasil, Caixa, Petrobras, Itaú Unibanco.
    ['12.345.678/0001-95', '12345678000195', 'cnpj'],
    ['11.222.333/0001-81', '11222333000181', 'cnpj'],
    ['00.000.000/0001-91', '00000000000191', 'cnpj'],
    ['00360305000104', '00360305000104', 'cnpj'],
    ['33.000.167/0001-01', '33000167000101', 'cnpj'],
    ['60701190000104', '60701190000104', 'cnpj'],
    // The alphanumeric CNPJ (Receita Federal's example), with letters worth their code minus 48.
    ['12.ABC.345/01DE-35', '12ABC34501DE35', 'cnpj'],
    ['12abc34501de35', '12ABC34501DE35', 'cnpj'],
    // E-mail, lower-cased.
    ['fulano@example.com', 'fulano@example.com', 'email'],
    ['Fulano.De-Tal+pix@Example.COM.br', 'fulano.de-tal+pix@example.com.br', 'email'],
    ['a@b.co', 'a@b.co', 'email'],
    [`${'a'.repeat(65)}@example.com`, `${'a'.repeat(65)}@example.com`, 'email'],
    // Phone: +55, DDD, 9-digit mobile or 8-digit number; punctuation dropped.
    ['+5511912345678', '+5511912345678', 'phone'],
    ['+55 (11) 91234-5678', '+5511912345678', 'phone'],
    ['+55 61 98765-4321', '+5561987654321', 'phone'],
    ['+55 (21) 3456-7890', '+552134567890', 'phone'],
    ['+55.48.99999.0000', '+5548999990000', 'phone'],
    // Random key (EVP), lower-cased.
    [BCB_KEY, BCB_KEY, 'evp'],
    ['C4249323-B4CA-43F2-8139-8232AAB09B93', 'c4249323-b4ca-43f2-8139-8232aab09b93', 'evp'],
  ];
  for (const [input, key, type] of valid) {
    it(`accepts ${JSON.stringify(input)} as ${type} ${key}`, () => {
      expect(parsePixKey(input)).to.deep.equal({ ok: true, value: { key, type } });
    });
  }

  const invalid: [string, RegExp][] = [
    ['', /Set the Pix key/],
    ['   ', /Set the Pix key/],
    ['123.456.789-00', /not a valid CPF.*check digits.*\+55/],
    ['12345678900', /not a valid CPF/],
    ['111.111.111-11', /not a valid CPF/],
    ['000.000.000-00', /not a valid CPF/],
    ['12.345.678/0001-00', /not a valid CNPJ/],
    ['12.ABC.345/01DE-36', /not a valid CNPJ/],
    ['11.111.111/1111-11', /not a valid CNPJ/],
    ['00000000000000', /not a valid CNPJ/],
    ['(11) 91234-5678', /phone number.*\+55/],
    ['11 91234-5678', /phone number.*\+55/],
    ['1134567890', /phone number.*\+55/],
    ['5511912345678', /phone number.*with a \+/],
    ['+1 415 555 2671', /Brazilian.*\+55/],
    ['+55 11 81234-5678', /area code.*8- or 9-digit/],
    ['+55 01 91234-5678', /area code/],
    ['+55 11 91234-56789', /area code/],
    ['+55 11 9123A-5678', /not a phone number/],
    ['1234567', /not a Pix key.*CPF has 11 digits/],
    ['fulano@', /not an e-mail address/],
    ['@example.com', /not an e-mail address/],
    ['fulano@example', /not an e-mail address/],
    ['ful ano@example.com', /not an e-mail address/],
    ['fulano..x@example.com', /not an e-mail address/],
    ['fulano@exa_mple.com', /not an e-mail address/],
    ['a@b@example.com', /not an e-mail address/],
    [`${'a'.repeat(66)}@example.com`, /78 characters.*at most 77/],
    ['123e4567e12b12d1a456426655440000', /not a Pix key/],
    ['123e4567-e12b-12d1-a456-42665544000g', /not a Pix key/],
    [BCB_EXAMPLE, /whole Pix code/],
  ];
  for (const [input, message] of invalid) {
    it(`refuses ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`, () => {
      const r = parsePixKey(input);
      expect(r.ok).to.equal(false);
      expect(errorOf(r)).to.match(message);
      expect(errorOf(r)).to.match(/^[A-Z"].*\.$/);
    });
  }

  it('finds exactly one pair of check digits for random CPF and CNPJ bases', () => {
    const next = prng(11);
    for (let i = 0; i < 40; i++) {
      for (const baseLength of [9, 12]) {
        const base = Array.from({ length: baseLength }, () => randomInt(next, 10)).join('');
        const accepted = Array.from({ length: 100 }, (_, n) => base + String(n).padStart(2, '0')).filter((d) => parsePixKey(d).ok);
        expect(accepted, base).to.have.length(/^(\d)\1*$/.test(base) ? 0 : 1);
        for (const d of accepted) expect(value(parsePixKey(d)).type).to.equal(baseLength === 9 ? 'cpf' : 'cnpj');
      }
    }
  });
});

describe('pixBrCode', () => {
  it("reproduces the BCB manual's static example exactly", () => {
    expect(pixBrCode({ key: BCB_KEY, name: 'Fulano de Tal', city: 'BRASILIA' })).to.deep.equal({ ok: true, value: BCB_EXAMPLE });
  });

  it("reproduces pix-utils' static vectors, city accents stripped", () => {
    const p = { key: 'thalesog@me.com', name: 'Thales Ogliari', city: 'SÃO MIGUÉL DO O', description: 'Pedido 123' };
    expect(value(pixBrCode({ ...p, amount: 10 }))).to.equal(PIX_UTILS_STATIC);
    expect(value(pixBrCode({ ...p, amount: null, txid: null }))).to.equal(PIX_UTILS_NO_AMOUNT);
  });

  it('normalises the key before writing it', () => {
    const code = value(pixBrCode({ key: '+55 (11) 91234-5678', name: 'Ana', city: 'Sao Paulo' }));
    expect(fields(code)['26']).to.equal('0014br.gov.bcb.pix0114+5511912345678');
    expect(errorOf(pixBrCode({ key: '(11) 91234-5678', name: 'Ana', city: 'Sao Paulo' }))).to.match(/\+55/);
  });

  describe('amount (ID 54): 2 decimals, only when given, never rounded', () => {
    const table: [number | null | undefined, string | undefined][] = [
      [undefined, undefined],
      [null, undefined],
      [10, '10.00'],
      [0.5, '0.50'],
      [0.01, '0.01'],
      [1234.5, '1234.50'],
      [19.99, '19.99'],
      [9999999999.99, '9999999999.99'],
    ];
    for (const [amount, expected] of table) {
      it(`${amount} → ${expected ?? 'absent'}`, () => {
        const code = value(pixBrCode({ key: BCB_KEY, name: 'Fulano de Tal', city: 'BRASILIA', amount }));
        expect(fields(code)['54']).to.equal(expected);
      });
    }
    const refused: [number, RegExp][] = [
      [1.005, /more than 2 decimals/],
      [0.001, /more than 2 decimals/],
      [1e-7, /more than 2 decimals/],
      [0, /above 0/],
      [-5, /above 0/],
      [NaN, /above 0/],
      [Infinity, /above 0/],
      [10000000000, /at most 9999999999.99/],
    ];
    for (const [amount, message] of refused) {
      it(`refuses ${amount}`, () => expect(errorOf(pixBrCode({ key: BCB_KEY, name: 'Fulano', city: 'BRASILIA', amount }))).to.match(message));
    }
  });

  describe('name (≤ 25) and city (≤ 15): ASCII, trimmed, truncated', () => {
    const table: [string, string, string, string][] = [
      ['Fulano de Tal', 'BRASILIA', 'Fulano de Tal', 'BRASILIA'],
      ['  João  da   Silva ', ' São Paulo ', 'Joao da Silva', 'Sao Paulo'],
      ['Padaria Pão de Açúcar Ltda ME', 'Florianópolis', 'Padaria Pao de Acucar Ltd', 'Florianopolis'],
      ['Associação Beneficente 123', 'Santana do Livramento', 'Associacao Beneficente 12', 'Santana do Livr'],
      // Truncation must not leave a trailing space.
      ['Maria Aparecida dos Sant Silva', 'Rio de Janeiro RJ', 'Maria Aparecida dos Sant', 'Rio de Janeiro'],
      ['Café ☕ Müller 😀', 'Brasília\tDF', 'Cafe Muller', 'Brasilia DF'],
      ['ØRSTED ß Co', 'Ñandú', 'RSTED Co', 'Nandu'],
    ];
    for (const [name, city, fittedName, fittedCity] of table) {
      it(`${JSON.stringify(name)}, ${JSON.stringify(city)} → ${JSON.stringify(fittedName)}, ${JSON.stringify(fittedCity)}`, () => {
        const f = fields(value(pixBrCode({ key: BCB_KEY, name, city })));
        expect(f['59']).to.equal(fittedName);
        expect(f['60']).to.equal(fittedCity);
      });
    }

    it('refuses a name or city that is empty once normalised', () => {
      for (const name of ['', '   ', '北京', '😀😀']) {
        expect(errorOf(pixBrCode({ key: BCB_KEY, name, city: 'BRASILIA' }))).to.equal('Pix needs the merchant name: set the recipient attribute.');
      }
      for (const city of ['', ' \t ', '東京']) {
        expect(errorOf(pixBrCode({ key: BCB_KEY, name: 'Fulano', city }))).to.equal('Pix needs a city: set the pix-city attribute.');
      }
    });
  });

  describe('description (26/02): ASCII, shortened so the account template fits 99', () => {
    const key60 = `${'f'.repeat(48)}@example.com`;
    const key77 = `${'f'.repeat(65)}@example.com`;
    const table: [string, string | null | undefined, string | undefined][] = [
      [BCB_KEY, undefined, undefined],
      [BCB_KEY, null, undefined],
      [BCB_KEY, '   ', undefined],
      [BCB_KEY, 'Obrigado pelo café!', 'Obrigado pelo cafe!'],
      // 99 - 58 (template with the EVP) - 4 (ID and length) = 37 characters of room.
      [BCB_KEY, 'Gorjeta para a equipe da cozinha e do salão', 'Gorjeta para a equipe da cozinha e do'],
      // 99 - 82 - 4 = 13; the cut leaves "Muito obrigad".
      [key60, 'Muito obrigado pela visita', 'Muito obrigad'],
      // A 77-character e-mail fills the template: no room left.
      [key77, 'Obrigado', undefined],
      [BCB_KEY, '😀😀', undefined],
    ];
    for (const [key, description, expected] of table) {
      it(`${key.length}-character key, ${JSON.stringify(description)} → ${expected ?? 'absent'}`, () => {
        const account = fields(value(pixBrCode({ key, name: 'Fulano', city: 'BRASILIA', description })))['26'];
        expect(account.length).to.be.at.most(99);
        const sub = Object.fromEntries((parseTlv(account) ?? []).map((o) => [o.id, o.value]));
        expect(sub['00']).to.equal('br.gov.bcb.pix');
        expect(sub['01']).to.equal(key);
        expect(sub['02']).to.equal(expected);
      });
    }
  });

  describe('txid (62/05): up to 25 letters and digits, *** when none', () => {
    const table: [string | null | undefined, string][] = [
      [undefined, '***'],
      [null, '***'],
      ['', '***'],
      ['***', '***'],
      ['PEDIDO42', 'PEDIDO42'],
      [' abc123 ', 'abc123'],
      ['A'.repeat(25), 'A'.repeat(25)],
    ];
    for (const [txid, expected] of table) {
      it(`${JSON.stringify(txid)} → ${expected}`, () => {
        const f = fields(value(pixBrCode({ key: BCB_KEY, name: 'Fulano', city: 'BRASILIA', txid })));
        expect(f['62']).to.equal(tlv('05', expected));
      });
    }
    for (const txid of ['PEDIDO-42', 'pedido 42', 'A'.repeat(26), 'ação1', '**']) {
      it(`refuses ${JSON.stringify(txid)}`, () => {
        expect(errorOf(pixBrCode({ key: BCB_KEY, name: 'Fulano', city: 'BRASILIA', txid }))).to.match(/transaction id.*1 to 25 letters and digits/);
      });
    }
  });

  it('refuses an invalid key with the key error', () => {
    expect(errorOf(pixBrCode({ key: '123.456.789-00', name: 'Fulano', city: 'BRASILIA' }))).to.match(/not a valid CPF/);
    expect(errorOf(pixBrCode({ key: '', name: 'Fulano', city: 'BRASILIA' }))).to.match(/Set the Pix key/);
  });

  describe('cross-check with pix-utils on 300 random payloads', () => {
    const next = prng(986);
    const pick = <T>(items: readonly T[]): T => items[randomInt(next, items.length)];
    const digits = (n: number) => Array.from({ length: n }, () => randomInt(next, 10)).join('');
    const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[randomInt(next, 16)]).join('');
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789áàâãéêíóôõúüçÁÂÃÉÍÓÔÚÇñ';
    // Words joined by single spaces: the only normalisation left is accents and truncation.
    const words = (max: number) => {
      const text: string[] = [];
      const length = 1 + randomInt(next, max);
      while (text.join(' ').length < length) text.push(Array.from({ length: 1 + randomInt(next, 9) }, () => pick([...letters])).join(''));
      return text.join(' ');
    };
    /** pix-utils' own normalisation: NFD, combining marks removed, upper case, truncated. */
    const pixUtilsStyle = (s: string, max: number) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().substring(0, max).trimEnd();
    const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

    function randomKey(): string {
      switch (randomInt(next, 5)) {
        case 0: {
          const base = digits(9);
          const cpf = Array.from({ length: 100 }, (_, n) => base + String(n).padStart(2, '0')).find((d) => parsePixKey(d).ok) ?? '12345678909';
          return randomInt(next, 2) ? cpf : `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`;
        }
        case 1: {
          const base = digits(12);
          const cnpj = Array.from({ length: 100 }, (_, n) => base + String(n).padStart(2, '0')).find((d) => parsePixKey(d).ok) ?? '11222333000181';
          return randomInt(next, 2) ? cnpj : `${cnpj.slice(0, 2)}.${cnpj.slice(2, 5)}.${cnpj.slice(5, 8)}/${cnpj.slice(8, 12)}-${cnpj.slice(12)}`;
        }
        case 2: {
          const local = Array.from({ length: 1 + randomInt(next, 40) }, () => pick([...'abcdefXYZ0189_+-'])).join('');
          return `${local}${pick(['', '.pix'])}@${pick(['example.com', 'Mail.COM.br', 'b.co', 'sub-1.exemplo.org'])}`;
        }
        case 3: {
          const ddd = `${1 + randomInt(next, 9)}${1 + randomInt(next, 9)}`;
          const number = randomInt(next, 3) ? `9${digits(8)}` : `${2 + randomInt(next, 4)}${digits(7)}`;
          return pick([`+55${ddd}${number}`, `+55 (${ddd}) ${number.slice(0, -4)}-${number.slice(-4)}`]);
        }
        default: {
          const uuid = `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
          return randomInt(next, 2) ? uuid : uuid.toUpperCase();
        }
      }
    }

    const cases = Array.from({ length: 300 }, () => ({
      key: randomKey(),
      name: words(34),
      city: words(22),
      amount: randomInt(next, 3) ? (1 + randomInt(next, randomInt(next, 2) ? 100000 : 1e9)) / 100 : null,
      description: randomInt(next, 2) ? words(60) : null,
      txid: randomInt(next, 2) ? Array.from({ length: 1 + randomInt(next, 25) }, () => pick([...'ABCxyz0123456789'])).join('') : null,
    }));

    it('pix-utils parses every code to the same fields, and its CRC check passes', () => {
      for (const p of cases) {
        const code = value(pixBrCode(p));
        const key = value(parsePixKey(p.key)).key;
        const parsed = parsePix(code);
        if (hasError(parsed)) throw new Error(`${parsed.message}: ${code}`);
        if (!isStaticPix(parsed)) throw new Error(`not static: ${code}`);
        expect(parsed.pixKey, code).to.equal(key);
        // pix-utils upper-cases names and cities; this module keeps their case.
        expect(parsed.merchantName.toUpperCase(), code).to.equal(pixUtilsStyle(p.name, 25));
        expect(parsed.merchantCity.toUpperCase(), code).to.equal(pixUtilsStyle(p.city, 15));
        expect(parsed.merchantName, code).to.equal(stripAccents(p.name).substring(0, 25).trimEnd());
        expect(parsed.transactionAmount, code).to.equal(p.amount ?? 0);
        expect(parsed.txid, code).to.equal(p.txid ?? '***');
        const room = 99 - 22 - key.length - 4;
        const description = p.description === null ? '' : stripAccents(p.description).substring(0, Math.max(0, room)).trimEnd();
        expect(parsed.infoAdicional, code).to.equal(description || undefined);
        expect([parsed.merchantCategoryCode, parsed.transactionCurrency, parsed.countryCode]).to.deep.equal(['0000', '986', 'BR']);
        const ids = (parseTlv(code) ?? []).map((o) => o.id);
        expect(ids).to.deep.equal(['00', '26', '52', '53', ...(p.amount === null ? [] : ['54']), '58', '59', '60', '62', '63']);
      }
    });

    it('pix-utils builds the same string (with its upper-cased name and city), CRC included', () => {
      for (const p of cases) {
        const parsed = parsePix(value(pixBrCode(p)));
        if (hasError(parsed) || !isStaticPix(parsed)) throw new Error('unparsable');
        const theirs = createStaticPix({
          pixKey: parsed.pixKey,
          merchantName: parsed.merchantName,
          merchantCity: parsed.merchantCity,
          infoAdicional: parsed.infoAdicional,
          txid: p.txid ?? undefined,
          transactionAmount: p.amount ?? 0,
        });
        if (hasError(theirs)) throw new Error(theirs.message);
        const mine = value(pixBrCode({ ...p, name: parsed.merchantName.toUpperCase(), city: parsed.merchantCity.toUpperCase() }));
        expect(mine).to.equal(theirs.toBRCode());
      }
    });

    it('pix-utils rejects every code once one character changes', () => {
      for (const p of cases.slice(0, 100)) {
        const code = value(pixBrCode(p));
        const at = 40 + randomInt(next, code.length - 44);
        const swapped = code.slice(0, at) + (code[at] === 'X' ? 'Y' : 'X') + code.slice(at + 1);
        expect(hasError(parsePix(swapped)), swapped).to.equal(true);
      }
    });
  });
});
