import { Writable } from 'node:stream';
import winston from 'winston';
import { createLogger, maskSecrets } from '../../src/shared/logger';

describe('logging', () => {
  it('masks mobile numbers and bearer tokens wherever they appear', () => {
    expect(maskSecrets('业主 13800005678 来电')).toBe('业主 138****5678 来电');
    expect(maskSecrets('Authorization: Bearer abcdefghijklmnop')).toBe('Authorization: Bearer ***');
    expect(maskSecrets('订单号 2026112300001234567')).toBe('订单号 2026112300001234567');
  });

  it('never writes a phone number, password or token in clear, in messages or metadata', () => {
    const lines: string[] = [];
    const logger = createLogger({ json: true, level: 'debug' });
    logger.clear().add(new winston.transports.Stream({ stream: new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }) }));
    logger.info('owner 13912345678 bound', { phone: '13912345678', nested: { password: 'hunter2', token: 'secret-token' } });
    const out = lines.join('');
    expect(out).not.toContain('13912345678');
    expect(out).toContain('139****5678');
    expect(out).not.toContain('hunter2');
    expect(out).not.toContain('secret-token');
  });
});
