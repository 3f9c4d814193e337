import { extractDate, extractTimeRange } from '../nlu';

const DAY_WORD = /(今天|今日|明天|明日|后天|大后天|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|下周|这周|本周|\d{1,2}月\d{1,2}[号日]|\d{1,2}[号日])/;
const PART_WORD = /(上午|下午|中午|晚上|傍晚|早上|凌晨|白天|晚些|\d{1,2}[点:：]|[一二两三四五六七八九十]+点)/;
const ANY_TIME = /(尽快|马上|立刻|现在|随时|都可以|都行|越快越好|有空|方便的时候|不急)/;

/** Whether the text states a time for a visit (a day, a part of the day, an hour, or "as soon as possible"). */
export function hasTimeWords(text: string, now: Date): boolean {
  return DAY_WORD.test(text) || PART_WORD.test(text) || ANY_TIME.test(text) || !!extractDate(text, now) || !!extractTimeRange(text, now)?.start;
}

/** The visit time in the owner's words, trimmed of filler: "明天上午吧" → "明天上午". */
export function visitTimeText(text: string): string {
  return text.replace(/^(那就|就|嗯|好的?|可以)[，,\s]*/, '').replace(/[吧啊呀哈嘛呢。！!~～]+$/, '').trim().slice(0, 40);
}

/**
 * A correction of a visit time: "下午" after "明天上午" keeps the day ("明天下午"); a new day replaces it.
 */
export function mergeVisitTime(previous: string | undefined, update: string): string {
  if (!previous || DAY_WORD.test(update)) return update;
  const day = previous.match(DAY_WORD);
  return day ? `${day[0]}${update}` : update;
}

const PHRASE = /(今天|明天|后天|大后天|(?:下|这|本)?(?:周|星期|礼拜)[一二三四五六日天])?(上午|下午|中午|晚上|傍晚|早上)?((?:\d{1,2}|[一二两三四五六七八九十]+)(?:点半?|[:：]\d{2}))?/g;

/** The time phrase inside a longer message ("厨房漏水 明天上午来修" → "明天上午"), if any. */
export function timePhraseIn(text: string): string | undefined {
  let best = '';
  for (const m of text.matchAll(PHRASE)) if (m[0].length > best.length) best = m[0];
  if (best) return best;
  return text.match(ANY_TIME)?.[0];
}
