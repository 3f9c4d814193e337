import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('starts from the files with the embedded defaults', () => {
    const cfg = loadConfig({ NODE_ENV: 'development' });
    expect(cfg.port).toBe(3000);
    expect(cfg.db.url).toBe('sqlite:./data/propdesk.sqlite');
    expect(cfg.nlu.provider).toBe('embedded');
    expect(cfg.staff.token).toBeUndefined();
    expect(cfg.nlu.modelStore).toBe('./data/nlu-models');
  });

  it('keeps trained models where NLU_MODEL_STORE says, or nowhere when it is off', () => {
    expect(loadConfig({ NLU_MODEL_STORE: '/var/lib/propdesk/models' }).nlu.modelStore).toBe('/var/lib/propdesk/models');
    expect(loadConfig({ NLU_MODEL_STORE: 'off' }).nlu.modelStore).toBe('');
  });

  it('takes PORT, DB_URL and STAFF_TOKEN from the environment', () => {
    const cfg = loadConfig({ PORT: '8080', DB_URL: 'mysql://u:p@db:3306/desk', STAFF_TOKEN: 'a-long-enough-secret-token' });
    expect(cfg.port).toBe(8080);
    expect(cfg.db.url).toBe('mysql://u:p@db:3306/desk');
    expect(cfg.staff.token).toBe('a-long-enough-secret-token');
  });

  it.each([
    [{ PORT: 'abc' }, /port \(PORT\)/],
    [{ PORT: '70000' }, /port \(PORT\)/],
    [{ DB_URL: 'postgres://x/y' }, /db\.url \(DB_URL\)/],
    [{ STAFF_TOKEN: 'short' }, /STAFF_TOKEN/],
    [{ NLU_PROVIDER: 'magic' }, /nlu\.provider \(NLU_PROVIDER\)/],
    [{ NLU_PROVIDER: 'openai' }, /OPENAI_API_KEY/],
  ])('refuses %j with a message naming the setting', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});

describe('client addresses', () => {
  it('ignores X-Forwarded-For unless TRUST_PROXY says a proxy sets it', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
  });
});
