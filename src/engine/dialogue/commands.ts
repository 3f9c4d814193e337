/**
 * Small closed-class replies that mean the same thing in every form: confirm, cancel, "change
 * something". Kept as word lists so they are easy to extend.
 */
const CONFIRM = /^(确认|确定|确认提交|提交|是的?|对的?|对|好的?|好滴|嗯+|可以|行|没问题|ok|OK|Ok|yes|y|Y|就这样|没错|✅|👌)[。！!.~～]*$/;
const CANCEL = /^(取消|算了|不用了?|不要了|不订了|不报了|先不用?了?|撤销|不需要了?|cancel|停|退出|别弄了)(吧|了|啦|哈)?[。！!.~～]*$/i;
const CHANGE = /^(改|修改|我要改|改一下|不对|错了|有误)[。！!.~～]*$/;

export function isConfirm(text: string): boolean {
  return CONFIRM.test(text.trim());
}

export function isCancel(text: string): boolean {
  return CANCEL.test(text.trim());
}

export function isChangeRequest(text: string): boolean {
  return CHANGE.test(text.trim());
}

/** A correction such as 改成4点 / 换成小会议室 / 改到明天: the part after the verb. */
export function correctionBody(text: string): string | undefined {
  const m = text.trim().match(/^(?:那?就?|帮我)?(?:改成|改为|改到|换成|换到|改|换)(.+)$/);
  return m ? m[1] : undefined;
}

/** A message that starts like a binding command ("绑定", "绑定 3-2-501") but is not a complete one. */
export function looksLikeBindCommand(text: string): boolean {
  return /^(?:绑定|綁定|bind)(?:\s|$|[0-9A-Za-z一二三四五六七八九十])/i.test(text.trim());
}

/** 绑定 3-2-501 1234 / 绑定 3栋2单元501 1234 — the one-shot binding form, valid in any state. */
export function parseBindCommand(text: string): { unitText: string; last4: string } | undefined {
  const m = text.trim().match(/^(?:绑定|綁定|bind)\s*(.+?)\s*[,，\s]\s*(\d{4})$/i);
  if (!m) return undefined;
  return { unitText: m[1].trim(), last4: m[2] };
}
