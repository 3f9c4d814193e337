import { normalizePhone } from '../../../src/domain/owners/phone';
import { normalizeUnitParts, parseUnitCode } from '../../../src/domain/owners/unit-code';

describe('unit codes as owners and ledgers write them', () => {
  it.each([
    ['3-2-501', '3-2-501'],
    ['3栋2单元501', '3-2-501'],
    ['3号楼2单元501室', '3-2-501'],
    ['三栋二单元501', '3-2-501'],
    ['３－２－５０１', '3-2-501'],
    ['A-1203', 'A-1203'],
    ['A座1203', 'A-1203'],
    ['a座1203', 'A-1203'],
    ['12-1502', '12-1502'],
    ['12栋1502', '12-1502'],
  ])('%s is unit %s', (text, code) => {
    expect(parseUnitCode(text)?.code).toBe(code);
  });

  it('splits the parts, with an empty entrance when the building has none', () => {
    expect(parseUnitCode('3栋2单元501')).toEqual({ building: '3', entrance: '2', room: '501', code: '3-2-501' });
    expect(parseUnitCode('A座1203')).toEqual({ building: 'A', entrance: '', room: '1203', code: 'A-1203' });
  });

  it.each(['', '501', '3-2', 'abc', '3-2-501-7', '3栋2单元'])('%j is not a unit', (text) => {
    expect(parseUnitCode(text)).toBeUndefined();
  });

  it('reads ledger cells with the suffixes people type', () => {
    expect(normalizeUnitParts({ building: '3栋', entrance: '2单元', room: '501室' })?.code).toBe('3-2-501');
    expect(normalizeUnitParts({ building: 'A座', entrance: '', room: '1203' })?.code).toBe('A-1203');
    expect(normalizeUnitParts({ building: '3', entrance: '2', room: '5-01' })).toBeUndefined();
  });
});

describe('phone numbers on file', () => {
  it.each([
    ['13800005678', '13800005678'],
    ['138 0000 5678', '13800005678'],
    ['+86 138-0000-5678', '13800005678'],
    ['0755-86001501', '0755-86001501'],
    ['01062345678', '010-62345678'],
    ['021 6234 5678', '021-62345678'],
  ])('%s is kept as %s', (text, phone) => {
    expect(normalizePhone(text)).toBe(phone);
  });

  it.each(['12345', '12800005678', '1380000567', '138000056789', '0755-123', 'abc'])('%s is refused', (text) => {
    expect(normalizePhone(text)).toBeUndefined();
  });
});
