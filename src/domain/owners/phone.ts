/**
 * Phone numbers on file. Accepted: a mainland mobile (11 digits starting 13–19, optionally written with
 * +86, spaces or dashes) stored as its 11 digits, or a landline with its area code stored as
 * '0755-12345678' (area codes 010 and 02x have three digits, the rest four). Owners prove who they are
 * with the last four digits, so every accepted form must end in the subscriber's own digits.
 */
export function normalizePhone(text: string): string | undefined {
  const s = text.normalize('NFKC').trim().replace(/[\s\-()（）]/g, '');
  const mobile = /^(?:\+?86)?(1[3-9]\d{9})$/.exec(s);
  if (mobile) return mobile[1];
  const land = /^(?:\+?86)?(0\d{9,11})$/.exec(s);
  if (!land) return undefined;
  const digits = land[1];
  const areaLength = /^0(?:10|2\d)/.test(digits) ? 3 : 4;
  const number = digits.slice(areaLength);
  return number.length >= 7 && number.length <= 8 ? `${digits.slice(0, areaLength)}-${number}` : undefined;
}

export function phoneLast4(phone: string): string {
  return phone.replace(/\D/g, '').slice(-4);
}

/** '138****5678' — how a phone may appear in output and logs. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 4 ? '****' : `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
