// A learned hazard detector: one binary logistic model answering "is an emergency happening
// now?", trained at start from the same examples as the intent model (emergency.report against
// every other intent, the look-alikes included). Its features are the intent model's character
// n-grams plus hazard concepts: which hazard objects and states the message names, a person at
// risk, and the context markers of emergency.ts (negated, past, hypothetical, over, planned, a
// faulty alarm, cooking smoke, a chronic fault) — as weights, not vetoes — with each object
// crossed with each marker so "燃气味 + 检查完" and "燃气味 + 还在" can differ.
//
// The engine consults it only when no hazard rule fired (see engine.ts and docs/nlu.md for the
// evaluation and whether it is switched on).
import { LinearModel } from './linear';
import { contextMarkers } from './emergency';
import { applyClassWeights } from './training';

const OBJECTS: [string, RegExp][] = [
  ['fire', /火|燃(?!气)|烧|着了|焦|糊|煳|fire/],
  ['smoke', /烟(?![头蒂灰])|smoke/],
  ['water', /水|淹|漫|涌|灌|渗|漏(?!气|费)|flood|water/],
  ['lift', /电梯|货梯|客梯|轿厢|号梯|lift|elevator/],
  ['gas', /煤气|燃气|天然气|液化气|漏气|臭鸡蛋|坏鸡蛋|gas/],
  ['power', /没电|停电|断电|掉电|全黑|黑了|漆黑|灯.{0,3}(?:灭|不亮)|电闸|总闸|跳闸|空开|power|blackout/],
  ['intruder', /偷|盗|贼|撬|闯|翻进|爬进|陌生|可疑|跟踪|尾随|鬼鬼祟祟|窗外|进人|thief|break/],
  ['violence', /打架|打人|打起来|扭打|动手|砸|刀|棍|血|醉|酒疯|抢(?!购|票|红包|车位)|威胁|推搡|闹事/],
];
const STATES: [string, RegExp][] = [
  ['intense', /好大|很大|太大|越来越|全是|都是|满屋|满地|一屋|到处|止不住|停不下|不停|一直|往外|往上|往下|呼呼|哗哗|滚滚|冲天/],
  ['trapped', /困|关在|关了|卡在|卡住|出不来|出不去|打不开|停在|半空|中间/],
  ['scope', /整栋|整幢|整层|全楼|全单元|这栋|楼里|整个|全家|全屋|小区|片区/],
  ['sense', /味|闻|呛|熏|咳|头晕|恶心|看见|听到|嘶嘶|滋滋|响/],
  ['urgent', /救命|快来|快点|赶紧|急|报警|打0|快派|help|!|！/], // digits are folded to 0
  ['question', /吗|？|\?|怎么|多久|能不能|是不是|会不会|为什么|哪/],
  ['person', /我|人|孩子|小孩|老人|宝宝|家人|同事/],
  ['request', /麻烦|帮忙|修一下|维修|报修|师傅|看看|处理一下/],
];

export interface HazardOptions { epochs?: number; l2?: number; seed?: number; ngrams?: boolean }

export class HazardDetector {
  private readonly model = new LinearModel(['yes', 'no']);
  private readonly ngrams: boolean;

  /** `samples`: negation-masked model text with the intent model's n-gram features already computed. */
  constructor(samples: { masked: string; ngrams: string[]; emergency: boolean; weight?: number }[], opts: HazardOptions = {}) {
    this.ngrams = opts.ngrams ?? true;
    const data: { feats: string[]; label: string; weight?: number }[] = samples.map((s) => ({ feats: this.features(s.masked, s.ngrams), label: s.emergency ? 'yes' : 'no', weight: s.weight }));
    applyClassWeights(data, 'sqrt');
    this.model.train(data, { epochs: opts.epochs ?? 10, l2: opts.l2, seed: opts.seed });
  }

  /** Concept features of masked model text. */
  concepts(masked: string): string[] {
    const objs = OBJECTS.filter(([, re]) => re.test(masked)).map(([n]) => n);
    const states = STATES.filter(([, re]) => re.test(masked)).map(([n]) => n);
    const marks = contextMarkers(masked);
    const out = ['h:bias', ...objs.map((o) => 'o:' + o), ...states.map((s) => 's:' + s), ...marks.map((m) => 'm:' + m)];
    if (!objs.length) out.push('o:none');
    for (const o of objs) {
      for (const s of states) out.push(`os:${o}:${s}`);
      for (const m of marks) out.push(`om:${o}:${m}`);
    }
    return out;
  }

  features(masked: string, ngrams: string[]): string[] {
    const c = this.concepts(masked);
    return this.ngrams ? ngrams.concat(c) : c;
  }

  /** P(an emergency is happening now). */
  p(masked: string, ngrams: string[]): number {
    return this.model.predict(this.features(masked, ngrams)).find((x) => x.label === 'yes')!.p;
  }
}
