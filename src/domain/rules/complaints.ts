/**
 * Complaint rules (投诉). Serious complaints go to the supervisor, who names a responsible person and
 * a deadline; the target is no repeat complaint (二次投诉) about the same matter within 3 months.
 */

/** Categories serious by nature: staff conduct (witnesses and evidence are recorded) and security. */
export const SERIOUS_COMPLAINT_CATEGORIES: readonly string[] = ['staff', 'security'];

/**
 * Words that show the owner is ready to take it outside (police, media, the 12345 citizen hotline,
 * lawyers) or calls it serious themselves.
 */
export const SERIOUS_COMPLAINT_WORDS: readonly string[] = [
  '严重', '报警', '曝光', '12345', '媒体', '记者', '市长热线', '律师', '起诉', '法院', '消协', '威胁', '打人',
];

/** A complaint repeats an earlier one from the same reporter or unit, same category, within this window. */
export const REPEAT_COMPLAINT_WINDOW_MONTHS = 3;

/** "Other" says nothing about the matter, so two such complaints are not assumed to be the same one. */
export const REPEAT_EXCLUDED_CATEGORIES: readonly string[] = ['other'];

/** Whether the category or wording alone makes a complaint serious (a repeat is serious too). */
export function isSeriousComplaint(category: string, description: string): boolean {
  return SERIOUS_COMPLAINT_CATEGORIES.includes(category) || SERIOUS_COMPLAINT_WORDS.some((w) => description.includes(w));
}
