/**
 * WeChat subscription message values must fit their keyword's type ("参数值内容限制" of
 * subscribeMessage.send), or the whole send fails with 47003. Lengths are in characters.
 */
const LIMITS: Record<string, number> = {
  thing: 20,
  number: 32,
  letter: 32,
  symbol: 5,
  character_string: 32,
  phone_number: 17,
  car_number: 8,
  phrase: 5,
};

const HAN = /\p{Script=Han}/u;

export function keywordType(keyword: string): string {
  return keyword.replace(/\d+$/, '');
}

function cut(value: string, limit: number): string {
  const chars = [...value];
  return chars.length <= limit ? value : `${chars.slice(0, limit - 1).join('')}…`;
}

/** `value` made to fit the keyword's type: shortened (with an ellipsis) where the type has a limit. */
export function fitWechatValue(keyword: string, value: string): string {
  const type = keywordType(keyword);
  // A name holds 10 Chinese characters, or 20 letters when it has none.
  if (type === 'name') return cut(value, HAN.test(value) ? 10 : 20);
  // A phrase is up to five Chinese characters and nothing else; the caller passes Chinese text.
  if (type === 'phrase') return [...value].filter((c) => HAN.test(c)).slice(0, 5).join('');
  const limit = LIMITS[type];
  return limit ? cut(value, limit) : value;
}

/** `2024年5月1日 09:30` in China Standard Time: a form both the time and date types accept. */
export function wechatTime(date: Date): string {
  const cst = new Date(date.getTime() + 8 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${cst.getUTCFullYear()}年${cst.getUTCMonth() + 1}月${cst.getUTCDate()}日 ${pad(cst.getUTCHours())}:${pad(cst.getUTCMinutes())}`;
}
