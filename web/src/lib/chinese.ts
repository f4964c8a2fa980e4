/**
 * The API and the core write messages as 「中文 / English」 for CLI users; the interface shows only the Chinese
 * half. A message without Chinese (an unexpected failure) becomes a generic Chinese sentence instead.
 */
const HAS_CJK = /[\u3400-\u9fff]/;

export function chineseOnly(message: string, fallback = '操作未完成，请稍后重试'): string {
  const cut = message.split(/\s+\/\s+/)[0]?.trim() ?? '';
  return HAS_CJK.test(cut) ? cut : fallback;
}
