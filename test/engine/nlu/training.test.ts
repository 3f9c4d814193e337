// Training helpers: noisy variants, lexicon/cue spotting, class weights, and the hazard
// concepts (object + state) that catch emergency wordings the phrase lists have not seen.
import { noisyVariants } from '../../../src/engine/nlu/augment';
import { applyClassWeights, WordSpotter } from '../../../src/engine/nlu/training';
import { loadIntentData } from '../../../src/engine/nlu/data';
import { createEmbeddedNlu } from '../../../src/engine/nlu';

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
