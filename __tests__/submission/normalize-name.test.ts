import { describe, expect, it } from 'vitest';
import { normalizeOrganizationName } from '../../src/submission/normalize-name.js';

describe('normalizeOrganizationName', () => {
  it.each([
    ['Zalando SE', 'Zalando'],
    ['ACME, Inc.', 'Acme'],
    ['Acme Corp.', 'ACME'],
    ['Acme Corporation', 'acme'],
    ['Acme GmbH & Co. KG', 'Acme'],
    ['Acme Pty Ltd', 'Acme'],
    ['Acme Co., Ltd.', 'Acme'],
    ['Acme S.A.', 'Acme SA'],
    ['Acme S. A.', 'Acme'],
    ['Acme B.V.', 'Acme BV'],
    ['Acme S.r.l.', 'Acme'],
    ['Acme Sp. z o.o.', 'Acme'],
    ['Natura &Co', 'Natura'],
    ['Ænix', 'AEnix'],
    ['Pôle Emploi', 'pole emploi'],
    ['Crédit Agricole CIB', 'Credit Agricole CIB'],
    ['AT&T', 'AT and T'],
    ['AT & T', 'AT&T'],
    ['T-Mobile', 'TMobile'],
    ["O'Reilly", 'OReilly'],
    ['Mercedes-Benz.io', 'MercedesBenz.io'],
    ['Red Hat, Inc.', 'Red Hat'],
    ['Ｇｏｏｇｌｅ', 'Google'],
    ['Acme  Corp', 'acme'],
    ['宇动源（北京）信息技术有限公司', '宇动源(北京)信息技术'],
    ['株式会社メルカリ', 'メルカリ'],
  ])('should file %s with %s', (a, b) => {
    expect(normalizeOrganizationName(a)).toBe(normalizeOrganizationName(b));
  });

  it.each([
    ['C++', 'C'],
    ['Acme', 'Acme Labs'],
    ['Google', 'Googles'],
    ['Bosch Group', 'Bosch'],
  ])('should tell %s from %s', (a, b) => {
    expect(normalizeOrganizationName(a)).not.toBe(normalizeOrganizationName(b));
  });

  it('should produce a readable key', () => {
    expect(normalizeOrganizationName('  S&P Global Platts ')).toBe('s and p global platts');
    expect(normalizeOrganizationName('VMWare/Bitnami')).toBe('vmware bitnami');
  });

  it('should keep a name that is only a legal form', () => {
    expect(normalizeOrganizationName('AG')).toBe('ag');
    expect(normalizeOrganizationName('Inc.')).toBe('inc');
  });

  it('should fold every ASCII character as the full Unicode folding does', () => {
    // A combining acute accent is dropped by the Unicode path, so `Xa<c>b\u0301` takes it and must agree
    // with `Xa<c>b`, which takes the ASCII path.
    for (let code = 0; code < 128; code++) {
      const ascii = `Xa${String.fromCharCode(code)}b Co`;
      expect(normalizeOrganizationName(ascii), `character ${code}`).toBe(normalizeOrganizationName(`${ascii}\u0301`));
    }
  });
});
