// Training helpers: noisy variants, lexicon/cue spotting, class weights, and the hazard
// concepts (object + state) that catch emergency wordings the phrase lists have not seen.
import { noisyVariants } from '../../../src/engine/nlu/augment';
import { applyClassWeights, WordSpotter } from '../../../src/engine/nlu/training';
import { loadIntentData } from '../../../src/engine/nlu/data';
import { createEmbeddedNlu } from '../../../src/engine/nlu';
import { FeatureIndex, featurize, modelText } from '../../../src/engine/nlu/features';

describe('noisy variants', () => {
  it('are distinct, deterministic and keep the text recognisable', () => {
    const a = noisyVariants('厨房水龙头一直滴水 3栋2单元501', 'repair.report', 3, 5);
    expect(a).toEqual(noisyVariants('厨房水龙头一直滴水 3栋2单元501', 'repair.report', 3, 5));
    expect(new Set(a).size).toBe(a.length);
    expect(a).not.toContain('厨房水龙头一直滴水 3栋2单元501');
  });
  it('never put a greeting in front of small talk', () => {
    for (let seed = 1; seed < 30; seed++) for (const v of noisyVariants('谢谢', 'thanks', 2, seed)) expect(v.startsWith('你好')).toBe(false);
  });
});

describe('word spotting', () => {
  const spot = new WordSpotter(loadIntentData());
  it('names the slot value and intent cue a lexicon word points to', () => {
    const f = spot.spot('我家马桶坏了');
    expect(f).toContain('lx:repair.report:plumbing');
    expect(f).toContain('cue:repair.report');
  });
});

describe('feature ids', () => {
  // The models see features as ids of one shared index (fast); `featurize` is the readable
  // definition of what those features are. Any drift between the two would silently change
  // what the model learns, so every intents/ line is checked.
  const texts = loadIntentData().flatMap((d) => d.examples.map((e) => modelText(e.text)))
    .concat(['AC不制冷 book个meeting room', '𨋢困咗人 救命', 'ok', '', '  ', '3q!!', '电梯|卡住']);
  const index = new FeatureIndex();
  const vectors = texts.map((t) => index.vectorize(t, true));

  it('name exactly the features featurize gives, every intents/ line', () => {
    const differing = texts.filter((t, i) => {
      const ref = featurize(t, true).sort();
      const got = [...vectors[i].ids].map((id) => index.feature(id)).sort();
      return vectors[i].n !== ref.length || JSON.stringify(got) !== JSON.stringify(ref);
    });
    expect(differing).toEqual([]);
  });

  it('survive the model store: an index rebuilt from the names gives the same ids', () => {
    const restored = FeatureIndex.fromFeatures(index.features());
    expect(restored.size).toBe(index.size);
    texts.slice(0, 500).forEach((t, i) => expect([...restored.vectorize(t, false).ids]).toEqual([...vectors[i].ids]));
  });

  it('count a text\'s unseen features without giving them ids', () => {
    const v = index.vectorize(modelText('zzqx 龘靐齉'), false);
    expect(v.n).toBe(featurize('zzqx 龘靐齉').length);
    expect(v.ids.length).toBeLessThan(v.n);
    expect(index.lookup('龘靐')).toBe(-1);
  });
});

describe('class weights', () => {
  it('lift small classes to the mean mass, but never boost a kept class', () => {
    const s: { label: string; weight?: number }[] = [...Array(9)].map(() => ({ label: 'big' })).concat([{ label: 'small' }, { label: 'rule' }]);
    applyClassWeights(s, 'balanced', ['rule']);
    expect(s.find((x) => x.label === 'small')!.weight).toBeCloseTo(11 / 3);
    expect(s.find((x) => x.label === 'rule')!.weight).toBe(1);
    expect(s[0].weight).toBeCloseTo(11 / 27);
  });
});

describe('hazard concepts', () => {
  const nlu = createEmbeddedNlu();
  const now = new Date('2026-11-23T10:00:00+08:00');
  it.each([
    ['货梯里关了个送货的师傅 喊半天了', 'elevator'],
    ['客梯刚才一下子滑下去好几层 现在不动了', 'elevator'],
    ['报警器一直在响 楼道里一股焦味', 'fire'],
    ['两个人拿着铁棍在车棚那里对峙', 'security'],
    ['我家窗户被人撬了 小偷可能还没走', 'security'],
  ])('%s is an emergency (%s)', (text, kind) => {
    const r = nlu.parseSync(text, now);
    expect(r.intent).toBe('emergency.report');
    expect(r.slots.kind).toBe(kind);
  });
  it.each([
    ['电梯里关了灯 黑乎乎的'],
    ['万一电梯把人关里面了 应该按哪个键'],
    ['电梯掉漆了 很难看'],
  ])('%s is not', (text) => {
    expect(nlu.parseSync(text, now).intent).not.toBe('emergency.report');
  });
});

describe('the corpus in intents/corpus', () => {
  const { mkdtempSync, writeFileSync, mkdirSync, cpSync } = require('node:fs') as typeof import('node:fs');
  const { join } = require('node:path') as typeof import('node:path');
  const { tmpdir } = require('node:os') as typeof import('node:os');
  const withCorpus = (line: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    for (const f of ['greeting.yaml', 'repair.report.yaml']) cpSync(join(__dirname, '../../../intents', f), join(dir, f));
    mkdirSync(join(dir, 'corpus'));
    writeFileSync(join(dir, 'corpus', 'extra.jsonl'), line + '\n');
    return dir;
  };
  it('adds labelled lines in either format to their intent, with their source', () => {
    const dir = withCorpus([
      JSON.stringify({ text: '厨房顶上往下滴水', intent: 'repair.report', value: 'plumbing' }),
      JSON.stringify({ id: 'x1', text: '电视没信号了', intent: 'repair.report', slots: { category: 'network_tv' }, now: '2026-11-23T10:00:00+08:00' }),
      JSON.stringify({ text: '哈喽', intent: 'greeting' }),
    ].join('\n'));
    const data = loadIntentData(dir);
    const repair = data.find((d) => d.intent === 'repair.report')!.examples.filter((e) => e.source === 'extra');
    expect(repair.map((e) => [e.text, e.value])).toEqual([['厨房顶上往下滴水', 'plumbing'], ['电视没信号了', 'network_tv']]);
    expect(data.find((d) => d.intent === 'greeting')!.examples.some((e) => e.text === '哈喽' && e.source === 'extra')).toBe(true);
  });
  it.each([
    ['{"text": "x", "intent": "no.such"}', /unknown intent no\.such/],
    ['{"text": "水管漏了", "intent": "repair.report", "value": "fire"}', /fire is not a value of repair\.report/],
    ['{"text": "", "intent": "greeting"}', /text missing/],
    ['not json', /corpus\/extra\.jsonl:1: not JSON/],
  ])('refuses a bad line with where it is: %s', (line, err) => {
    expect(() => loadIntentData(withCorpus(line))).toThrow(err);
  });
});
