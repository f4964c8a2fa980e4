/**
 * The 公文 font roles (GB/T 9704) with fallbacks: the Windows/WPS fonts a government PC has first, then
 * the Noto CJK fonts Debian ships, so Chromium never falls back to a font without Chinese glyphs.
 */
export const FONT_ROLES = {
  /** 标题：小标宋 */
  title: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'SimSun', 'serif'],
  /** 正文：仿宋 */
  body: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'SimSun', 'serif'],
  /** 一级标题：黑体 */
  heading1: ['黑体', 'SimHei', 'STHeiti', 'Noto Sans CJK SC', 'Source Han Sans SC', 'sans-serif'],
  /** 二级标题：楷体 */
  heading2: ['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'],
  /** 表格：宋体 */
  table: ['宋体', 'SimSun', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'],
} as const;

export type FontRole = keyof typeof FONT_ROLES;

export function cssFontFamily(role: FontRole): string {
  return FONT_ROLES[role].map((f) => (f.includes(' ') || /[^\x00-\x7f]/.test(f) ? `"${f}"` : f)).join(', ');
}

/** The font name Word/WPS is told to use for East-Asian text (the first of the role). */
export function docxEastAsiaFont(role: FontRole): string {
  return FONT_ROLES[role][0];
}
