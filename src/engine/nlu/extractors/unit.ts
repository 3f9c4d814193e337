// The owner's home as building-entrance-room (TAXONOMY `unit`). Only a stated room
// number makes a unit: "3号楼2单元" or "8栋6楼" locate a place but are not a home,
// and a licence plate (粤B12345) or ticket number must never become one.
import { normalizeText } from '../normalize';
import { parseNum } from '../numerals';

const CN = '[一二两三四五六七八九十幺]';
const BUILDING = `(?:([A-Za-z]\\d{0,2})\\s*(?:座|栋|幢|区|号楼|楼)|(\\d{1,3}|${CN}{1,3})\\s*(?:号楼|栋楼|栋|幢|座|号|#楼|#))`;
// 单元, or 门 as northern estates say it (8号楼4门302).
const ENTRANCE = `(?:(\\d{1,2}|${CN}{1,3})\\s*(?:单元|门(?=\\s*(?:\\d{3,4}|[零〇一二两三四五六七八九幺]{3,4}))))`;
// 3-4 digit room, or read out digit by digit (三零二); an optional floor may sit between (A座12楼1203).
const ROOM = `(\\d{3,4}|[零〇一二两三四五六七八九幺]{3,4})(?![\\d零〇一二两三四五六七八九十幺]|(?:天|楼(?![上下道梯顶里外前后口门]))|\\s*(?:年(?![底初中终前后])|元|块|个|人|分|米|平|次|层|号线))`;
const FLOOR = `(?:(?:\\d{1,2}|${CN}{1,3})\\s*(?:楼|层)\\s*)?`;

const FULL_RE = new RegExp(`${BUILDING}\\s*(?:的\\s*|那个\\s*)?(?:${ENTRANCE}\\s*(?:的\\s*)?)?${FLOOR}${ROOM}`, 'g');
// A building (and entrance) said apart from the room ("四栋一单元 我住401", "我住11号楼 … 1203").
const PLACE_RE = new RegExp(`${BUILDING}\\s*(?:的\\s*)?${ENTRANCE}?`);
const ENTRANCE_ONLY_RE = new RegExp(`(?<![\\d号栋幢座])${ENTRANCE}\\s*${ROOM}`);
const DASH3_RE = /(?<![\d:.\-/A-Za-z])([A-Za-z]|\d{1,3})\s*-\s*(\d{1,2})\s*-\s*(\d{3,4})(?![\d:.\-])/;
const DASH2_RE = /(?<![\d:.\-/A-Za-z])([A-Za-z]|\d{1,2})\s*-\s*(\d{3,4})(?![\d:.\-]|\s*(?:个|人|点|pm|am|元|块))/i;
const ROOM_SUFFIX_RE = /(?<![\d\-A-Za-z零〇一二两三四五六七八九幺])(\d{3,4}|[零〇一二两三四五六七八九幺]{3,4})\s*(?:室|房间|房|办公室)(?![\d])/;
// "我家是1502" / "我住1502" / "我是1502的": a bare number said as one's own home.
// "15楼1502": a floor, then a room on it (the room number starts with the floor's).
const FLOOR_ROOM_RE = /(?<![\d号栋幢座\-])(\d{1,2})\s*(?:楼|层|F|f)\s*(\d{3,4})(?![\d])/;
// A bare room number signed at the end of a message ("窗户关不严 风往里灌 2201"), not an amount.
// (read out digit by digit too, when a 零 or 幺 shows it is a number said digit by digit: "…一晚上都在响 四零六")
const SIGNED_RE = /(?:^|[\s,，。:：])(\d{3,4}|(?=[一二两三四五六七八九幺]*[零〇幺])[零〇一二两三四五六七八九幺]{3,4})\s*[。.!！]?\s*$/;
const AMOUNT_BEFORE_RE = /(?:转|付|交|充|缴|退)(?:了|过)?\s*$|(?:金额|元|块|钱|共|计|号码|电话|手机|尾号|验证码|单号|编号|车牌|密码|工号|年)\S{0,3}$/;
// A bare room number standing alone mid-message, as office tenants write it ("加班到十点 1806能不能…",
// "我们这边2009那个窗户"): not an amount, a count, a time or somebody else's door.
const MID_RE = /(?:^|[\s,，。:：!！?？]|我们(?:这边)?|这边|(?:room|rm|unit|apt|apartment|flat)\.?\s*#?\s*)(\d{3,4}|(?=[一二两三四五六七八九幺]*[零〇幺])[零〇一二两三四五六七八九幺]{3,4})(?=$|[\s,，。!！?？.;]|的|那个|要|能|可以|快来|快点|急|救命|赶紧|麻烦)/i;
const OTHERS_BEFORE_RE = /(?:outside|near|opposite|next\s+to|neighbou?r\s+in|隔壁|对门|对面|楼上|楼下|邻居|那家|那户|上午|下午|晚上|早上|中午|凌晨|[Bb]\d|车位|停车位|车库|地库)\s*$/i;
const OWN_RE = /^\s*(\d{3,4})(?:室)?的(?=\s)|(?:我家是?|我们家是?|我是|我住(?:在)?|住在|家住|我在|我们|租的|(?:帮我)?(?:看看|查查|查下|查一下))\s*(\d{3,4})(?![\d]|\s*(?:个|人|位|元|块|号|点|分|年|月|天|次|平|米|㎡|万|千|度|斤|公里))|(?<![\d\-])(\d{3,4})(?:室)?的\S{0,3}(?:电费|水费|物业费|燃气费|管理费|停车费|账单|费用)/;

function part(s: string | undefined): string | undefined {
  if (s === undefined || s === '') return undefined;
  if (/^0\d{2,3}$/.test(s)) return s; // a room written with its leading zero (C座0708)
  if (/^[A-Za-z]\d{0,2}$/.test(s)) return s.toUpperCase();
  const n = parseNum(s);
  return n === undefined ? undefined : String(n);
}

function join(...parts: (string | undefined)[]): string {
  return parts.filter((p): p is string => !!p).join('-');
}

export function extractUnit(text: string): string | undefined {
  const s = normalizeText(text);
  FULL_RE.lastIndex = 0;
  const full = FULL_RE.exec(s);
  if (full) return join(part(full[1] ?? full[2]), part(full[3]), part(full[4]));
  const d3 = DASH3_RE.exec(s);
  if (d3) return join(part(d3[1]), part(d3[2]), part(d3[3]));
  const d2 = DASH2_RE.exec(s);
  if (d2) return join(part(d2[1]), part(d2[2]));
  const eo = ENTRANCE_ONLY_RE.exec(s);
  if (eo) return join(part(eo[1]), part(eo[2]));
  const room = roomAlone(s);
  if (!room) return undefined;
  // The building (and entrance) said elsewhere in the message belongs to that room.
  const place = PLACE_RE.exec(s.replace(room, ' '));
  return place ? join(part(place[1] ?? place[2]), part(place[3]), room) : room;
}

/** A room number said without its building: 15楼1502, 1502室, 我家是1502, a signed number. */
function roomAlone(s: string): string | undefined {
  const fr = FLOOR_ROOM_RE.exec(s);
  if (fr && fr[2].startsWith(fr[1])) return fr[2];
  const rs = ROOM_SUFFIX_RE.exec(s);
  if (rs) return part(rs[1]);
  const own = OWN_RE.exec(s);
  if (own) return own[1] ?? own[2] ?? own[3];
  const signed = SIGNED_RE.exec(s);
  if (signed && !AMOUNT_BEFORE_RE.test(s.slice(0, signed.index + 1).trimEnd()) && !/^(?:19|20)\d\d$/.test(signed[1])) return part(signed[1]);
  const mid = MID_RE.exec(s);
  if (mid) {
    const before = s.slice(0, mid.index + mid[0].indexOf(mid[1])).trimEnd();
    if (!AMOUNT_BEFORE_RE.test(before) && !OTHERS_BEFORE_RE.test(before)) return part(mid[1]);
  }
  return undefined;
}
