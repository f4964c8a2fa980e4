/**
 * entity-name — another organisation named where the report speaks of itself. The department and its short
 * names come from the title and the 以下简称 clause; "speaks of itself" means the name is followed by words only
 * a department's own report says of itself (现实有…人员, 整体支出, 内设机构, 部门预算 …, data/audit/entities.json).
 * Also a place or body name written twice in a row (沅陵县沅陵县商务局): a copy-and-paste slip. And any other body
 * named where only the own unit stands: before 政府采购支出总额, or in a 编制单位 caption (ownOnlyPlaces).
 *
 * The defect class, from how these reports are written. A report is written from a template or from another body's
 * report of the same kind, and the names in it are edited by hand; what is left unedited is another body's or another
 * place's name in a slot that can only hold the report's own:
 * - a sibling body's text copied (the 民政局's paragraph in the 自然资源局's report): another body in the own body's
 *   slots — the subject of its duties, its overview heading, its part titles, the subject of 我局…/本单位… sentences;
 * - a neighbouring place's text copied (南川区委交办 in 武隆区's report, 阳埠乡人民政府编制数 in 沙地镇's budget, 河间市…中心
 *   in 任丘市's unit list): a place of the own place's level, in the same province or county, named once where the own
 *   place is named throughout;
 * - the higher bodies of another place (海口市人大常委会 over the 儋州 court, 张家口市财政局制 on 平泉市 (承德)'s form): a
 *   unit answers to, and fills the forms of, the bodies of its own place and of the places holding it, never those of
 *   a place that does not hold it;
 * - last year's or a garbled own name (九江市三中学, 人大会常委会): the own name written in a form no body bears.
 * Legitimate mentions that look alike and are left alone: the place's own parent (宜昌市财政局 in 宜都市's report, by
 * GB/T 2260 code), counterparts (财政局 拨付, 审计局 审计), the units a text lists as its own (所属单位, 本级), places tied
 * on purpose (与…交界, 对口帮扶, 赴…考察, a list of places), names inside 《》 (a document's issuer), short forms
 * (我局, 本院, 疾控中心 for the full name). Each check states its precondition (the own body or place read; the other
 * named once; its slot one only the own can fill) and is silent when it does not hold; the words are data
 * (data/audit/entities.json, rule-words.json entity-name).
 */
import { type Finding, finding } from '../../core/finding.ts';
import { PLACES, type Place, RULE_WORDS, SEARCH_WINDOWS } from '../config.ts';
import { lastAtMost } from '../facts/lines.ts';
import { PINYIN_GLOSS, TONE_MARK, withoutPinyinGlosses } from '../facts/pinyin.ts';
import { sectionsTitled } from '../facts/sections.ts';
import { unwrappedOf } from '../facts/structure.ts';
import { anyWord } from '../facts/word-pattern.ts';
import { quoteSentenceAt, quoteSpan } from './lib/evidence.ts';
import type { Rule, RuleOptions } from './lib/types.ts';

const MAX_NAME = 12;

function isCjk(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code >= 0x4e00 && code <= 0x9fff;
}

/** The department name without its region prefix: 沅陵县商务局 → 商务局. */
export function coreName(name: string, regionPrefixes: readonly string[]): string {
  let cut = -1;
  for (let k = 0; k < name.length - 2; k++) if (regionPrefixes.includes(name[k]!)) cut = k;
  return cut === -1 ? name : name.slice(cut + 1);
}

/** The region part of a name (青山县农业农村局 → 青山县), by its last region character before the core name. */
function regionOf(name: string, core: string | null, regionPrefixes: readonly string[]): string {
  if (!core || !name.endsWith(core)) return '';
  // The name scan may take in the date before it (2024年度县农业农村局): a region starts after it.
  const head = name.slice(0, name.length - core.length).replace(/^.*年度?/, '');
  let cut = -1;
  for (let k = 0; k < head.length; k++) if (regionPrefixes.includes(head[k]!)) cut = k;
  return head.slice(0, cut + 1);
}

/** Whether every character of `short` stands in `full`, in the same order. */
function isSubsequence(short: string, full: string): boolean {
  let k = 0;
  for (let i = 0; i < full.length && k < short.length; i++) if (full[i] === short[k]) k++;
  return k === short.length;
}

function isSelf(written: string, options: RuleOptions, core: string | null): boolean {
  // 县委员会办公室 is also written 县委办公室.
  const dept = options.department?.replaceAll('委员会', '委') ?? null;
  const candidate = written.replaceAll('委员会', '委');
  if (options.config.selfWords.includes(candidate)) return true;
  // 本 / 我 before an ending of the own name (本大队 of a 交通警察大队, 本院 of a 人民医院): the own body, whatever its suffix.
  if (dept && candidate.length >= 2 && options.config.selfPrefixes.includes(candidate[0]!) && dept.endsWith(candidate.slice(1))) return true;
  if (options.shortNames.some((s) => s === candidate || candidate.endsWith(s) || s.endsWith(candidate))) return true;
  if (dept && (dept.endsWith(candidate) || candidate.endsWith(dept) || dept.includes(candidate))) return true;
  // A short form keeping the name's characters in order, its last word too (疾控中心 for 云阳县疾病预防控制中心,
  // 区政府办公室 for 綦江区人民政府办公室): the own body, as a cover's title names it in full.
  if (dept && candidate.length >= 4 && candidate.slice(-2) === dept.slice(-2) && isSubsequence(candidate, dept)) return true;
  // The department read from a title that lost its body ending (眉山市民政 of 眉山市民政2020年度部门决算) and the same
  // name with the ending (眉山市民政局是市政府工作部门): the own body.
  if (dept && candidate.startsWith(dept) && options.config.entitySuffixes.includes(candidate.slice(dept.length))) return true;
  // A place read as the department (田心乡 from 田心乡部门整体支出绩效自评报告) and its government (田心乡人民政府).
  if (dept && options.config.regionPrefixes.includes(dept[dept.length - 1]!) && candidate.startsWith(dept)) return true;
  if (core && (candidate.endsWith(core) || core.endsWith(candidate))) {
    // The same bureau of another level (青山市农业农村局 in 青山县农业农村局's report) is another body: the
    // written region must be part of the report's own (县, 青山县, 某市青山县).
    const own = options.department ? regionOf(options.department, core, options.config.regionPrefixes) : '';
    const theirs = regionOf(candidate, core, options.config.regionPrefixes);
    return theirs === '' || own === '' || own.endsWith(theirs) || theirs.endsWith(own);
  }
  return false;
}

/** The shortest name repeated: a region or a body of three characters or more (沅陵县, 商务局). */
const MIN_REPEATED_NAME = 3;

/** 沅陵县沅陵县 / 商务局商务局: a name ending in a region or body suffix, immediately written again (exactly twice). */
function repeatedNames(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  // A table by character code, not a set of one-character strings: this loop visits every character of the text.
  const endings = new Uint8Array(0x10000);
  for (const w of options.config.regionPrefixes) if (w.length === 1) endings[w.charCodeAt(0)] = 1;
  for (const w of options.config.entitySuffixes) endings[w.charCodeAt(w.length - 1)] = 1;
  const cjkAt = (k: number): boolean => {
    const c = text.charCodeAt(k);
    return c >= 0x4e00 && c <= 0x9fff;
  };
  for (let i = MIN_REPEATED_NAME - 1; i < text.length && out.length < 20; i++) {
    const ending = text.charCodeAt(i);
    if (endings[ending] === 0 || !cjkAt(i - 1)) continue;
    for (let len = MIN_REPEATED_NAME; len <= MAX_NAME && len <= i + 1; len++) {
      const start = i - len + 1;
      if (!cjkAt(start)) break;
      // The copy ends with the same suffix and starts with the same character: checked before comparing all.
      if (text.charCodeAt(i + len) !== ending || text.charCodeAt(i + 1) !== text.charCodeAt(start)) continue;
      let same = true;
      for (let k = 1; k < len - 1 && same; k++) same = text.charCodeAt(start + k) === text.charCodeAt(i + 1 + k);
      if (!same) continue;
      // A run that goes on with the same characters beyond the two copies (省级资金省级资金省级资金: three cells of a
      // table row glued into one line, read from the 省 of one cell on) is a repeated cell, not a name pasted twice:
      // silent when the period extends half a copy or more past the pair, to the left and right together.
      let extra = 0;
      for (let k = start - 1; k >= 0 && extra < len && text.charCodeAt(k) === text.charCodeAt(k + len); k--) extra++;
      for (let k = i + 1 + len; k < text.length && extra < len && text.charCodeAt(k) === text.charCodeAt(k - len); k++) extra++;
      if (2 * extra >= len) {
        i += len;
        break;
      }
      const name = text.slice(start, i + 1);
      out.push(
        finding({
          rule: 'entity-name',
          severity: 'warning',
          message: `名称重复：“${name}”连写了两次（${name}${name}）`,
          evidence: [quoteSpan(facts, { start, end: i + 1 + len })],
        }),
      );
      i += len;
      break;
    }
  }
  return out;
}

/** What follows a self-context when it is the report's own scope (…部门决算编制范围). */
const OWN_SCOPE = RULE_WORDS['entity-name'].ownScope;
const SEVERAL_BODIES = new RegExp(`${anyWord(RULE_WORDS['entity-name'].severalBodies)}单位`);

/** Whether the text says it covers several bodies: 单位共N个 (N ≥ 2) or 所属/下属/二级单位. */
/**
 * The units a text lists one a line under the count of its units (编制范围的单位共2个，…具体是：⏎1.某局（本级）⏎2.某中心),
 * their （本级） marks dropped; empty when no such list was read.
 */
function listedUnits(facts: Parameters<Rule>[0]): string[] {
  for (const e of facts.enumerations) {
    if (e.opener !== undefined || !e.count.label.includes('单位')) continue;
    return e.items.map((item) => facts.text.slice(item.start, item.end).replace(/[（(]本级[）)]$/, '').trim()).filter((u) => u.length >= 2);
  }
  return [];
}

function coversSeveralBodies(text: string): boolean {
  if (SEVERAL_BODIES.test(text)) return true;
  const re = /单位共\s*(\d{1,3})\s*个/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) if (Number(m[1]) >= 2) return true;
  return false;
}

/**
 * 横县中共中央横县县委: a national body (中共中央, 国务院) written right after a local place name, inside a local
 * body's name — no body is called so, the name was garbled.
 */
function nationalInsideLocal(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  // Every match names 中共中央 or 国务院: a text naming neither is not scanned.
  if (!facts.text.includes('中共中央') && !facts.text.includes('国务院')) return out;
  const re = /[\u4e00-\u9fff]{1,6}[县市区旗州](中共中央|国务院)(?=[\u4e00-\u9fff]{1,8}[县市区旗州](?:委|政府|人民政府))/g;
  for (let m = re.exec(facts.text); m !== null && out.length < 20; m = re.exec(facts.text)) {
    const start = m.index;
    const end = m.index + m[0].length + (/[\u4e00-\u9fff]{1,8}[县市区旗州](?:委|政府|人民政府)/.exec(facts.text.slice(m.index + m[0].length))?.[0].length ?? 0);
    out.push(
      finding({
        rule: 'entity-name',
        severity: 'warning',
        message: `名称有误：“${facts.text.slice(start, end)}”把中央机关“${m[1]}”写进了地方机关的名称`,
        evidence: [quoteSpan(facts, { start, end })],
      }),
    );
  }
  return out;
}

export const entityName: Rule = (facts, options) => {
  const others = entityNameOther(facts, options);
  // A name the self-context reading already reported (X（本级）, X本级及所属) is not reported twice.
  const higher = higherLevelOwnUnit(facts, options).filter(
    (f) => !others.some((o) => (o.evidence[0]!.start ?? -1) < (f.evidence[0]!.end ?? 0) && (f.evidence[0]!.start ?? -1) < (o.evidence[0]!.end ?? 0)),
  );
  const truncated = truncatedOwnUnit(facts, options).filter(
    (f) => !others.some((o) => (o.evidence[0]!.start ?? -1) < (f.evidence[0]!.end ?? 0) && (f.evidence[0]!.start ?? -1) < (o.evidence[0]!.end ?? 0)),
  );
  const overlaps = (f: Finding, o: Finding): boolean => (o.evidence[0]!.start ?? -1) < (f.evidence[0]!.end ?? 0) && (f.evidence[0]!.start ?? -1) < (o.evidence[0]!.end ?? 0);
  const ownOnly = ownOnlyPlaces(facts, options).filter((f) => !others.some((o) => overlaps(f, o)));
  const shortOther = otherRegionOwnShortName(facts).filter((f) => !others.some((o) => overlaps(f, o)));
  const overview = ownOverviewHeadings(facts, options).filter((f) => !others.some((o) => overlaps(f, o)));
  const duties = ownDutiesOpenings(facts, options).filter((f) => ![...others, ...overview].some((o) => overlaps(f, o)));
  const partTitles = ownPartTitles(facts, options).filter((f) => ![...others, ...overview, ...duties].some((o) => overlaps(f, o)));
  const found = [...repeatedNames(facts, options), ...nationalInsideLocal(facts), ...ownNameVariants(facts, options), ...others, ...ownOnly, ...higher, ...truncated, ...placeLevelSlips(facts), ...shortOther, ...siblingRegionBody(facts, options), ...overview, ...duties, ...partTitles];
  // A place another check already reported (a sibling region's body, a level slip) is not told twice.
  const mentions = placeMentionsReadingGlosses(facts.text);
  const own = ownPlaceOf(facts, options, mentions);
  const siblings = siblingPlaceSlip(facts, options, mentions, own).filter((f) => !found.some((o) => overlaps(f, o)));
  const higherBodies = otherPlaceHigherBody(facts, options, mentions, own).filter((f) => ![...found, ...siblings].some((o) => overlaps(f, o)));
  const towns = siblingTownship(facts, options, mentions).filter((f) => ![...found, ...siblings, ...higherBodies].some((o) => overlaps(f, o)));
  const actors = ownWorkSubjects(facts, options).filter((f) => ![...found, ...siblings, ...higherBodies, ...towns].some((o) => overlaps(f, o)));
  // The own name with another stem, for places the gazetteer does not know: last, so that a check reading known places
  // names the slip by its place.
  const stems = ownNameOtherStem(facts, options).filter((f) => ![...found, ...siblings, ...higherBodies, ...towns, ...actors].some((o) => overlaps(f, o)));
  const organs = siblingTownshipOrgan(facts, options).filter((f) => ![...found, ...siblings, ...higherBodies, ...towns, ...actors, ...stems].some((o) => overlaps(f, o)));
  const shortStems = ownShortNameOtherStem(facts, options).filter((f) => ![...found, ...siblings, ...higherBodies, ...towns, ...actors, ...stems, ...organs].some((o) => overlaps(f, o)));
  const unknown = unknownSiblingPlace(facts, options).filter((f) => ![...found, ...siblings, ...higherBodies, ...towns, ...actors, ...stems, ...organs, ...shortStems].some((o) => overlaps(f, o)));
  return [...found, ...siblings, ...higherBodies, ...towns, ...actors, ...stems, ...organs, ...shortStems, ...unknown];
};

/** Characters of the stems of China's county and city names (places.json), less the function words' (notPlaceStemChars). */
let placeStemChars: Uint8Array | null = null;
function isPlaceStemChar(c: string): boolean {
  if (!placeStemChars) {
    placeStemChars = new Uint8Array(0x10000);
    for (const p of PLACES) if (p.level !== 'province') for (const ch of p.name.slice(0, -1)) placeStemChars[ch.charCodeAt(0)] = 1;
    for (const ch of RULE_WORDS['entity-name'].notPlaceStemChars) placeStemChars[ch.charCodeAt(0)] = 0;
  }
  return placeStemChars[c.charCodeAt(0)] === 1;
}

/** The own place a department's name opens with (梅溪县 of 梅溪县农业农村局, 岷江区 of 滇南市岷江区…): a stem of two and its level, the last of a run. */
function ownPlaceStem(department: string): { stem: string; level: string } | null {
  let last: { stem: string; level: string } | null = null;
  for (let k = 0; k + 3 <= department.length; ) {
    const m = /^([\u4e00-\u9fff]{2})([县区市旗])/u.exec(department.slice(k));
    if (!m) break;
    // (A 市 or 区 is read only to go past it: 某市某县…; only a county's level is judged, unknownPlaceLevels.)
    last = { stem: m[1]!, level: m[2]! };
    k += 3;
  }
  return last && UNKNOWN_PLACE_LEVELS.includes(last.level) ? last : null;
}

/**
 * The levels judged (县, 旗): a city's or a district's name may be the place holding the own one or a zone (江州市 over
 * 浏城市, 开发区), a county's is a sibling's.
 */
const UNKNOWN_PLACE_LEVELS: readonly string[] = RULE_WORDS['entity-name'].unknownPlaceLevels;
/** The second character of an invented or unknown place's stem: a word of geography (溪, 岭, 川, 北 …), not a verb's. */
const PLACE_STEM_ENDINGS: readonly string[] = RULE_WORDS['entity-name'].placeStemEndings;

/**
 * tiedOnPurpose, but 在 right before the name is no tie: 在柏岭县人民政府门户网站公开 tells where the own report is
 * published; a meeting held in another place says so with a word of two (召开, 考察 …) that still ties.
 */
function tiedUnlessAt(text: string, m: Pick<PlaceMention, 'start' | 'end'>): boolean {
  if (text[m.start - 1] !== '在') return tiedOnPurpose(text, m, true);
  const relations = PLACE_RELATIONS.filter((w) => w.length >= 2);
  const { from, to } = clauseAround(text, m.start, m.end, RELATION_BEFORE);
  return relations.some((w) => text.slice(from, to).includes(w));
}

/** What may stand right before another place's name: a stop or blank, or a preposition or verb of one character (在, 经, 由). */
const PLACE_OPENERS: readonly string[] = RULE_WORDS['entity-name'].unknownPlaceOpeners;
/** What right after 县 makes it part of a compound (县级, 县直, 县域), not a place's name. */
const LEVEL_COMPOUNDS: readonly string[] = RULE_WORDS['entity-name'].placeLevelCompounds;

/**
 * 并将在柏岭县人民政府门户网站公开 in the 梅溪县 bureau's report, 渭北县建制村通客车率保持100% among 汉塬县's results: another
 * place of the own place's level, named once, where the report tells its own work — a neighbour's text copied — for
 * places the gazetteer does not know (a town's invented or misspelt name), which the checks by GB/T 2260 code cannot
 * read. Preconditions, each needed: the own place opens the department's name (two characters of place names and its
 * level, 县/区/市/旗) and is named at least MIN_OWN_MENTIONS times; the other is two characters of place names
 * (notPlaceStemChars aside) and the same level character, not a place the gazetteer knows, its stem written nowhere else
 * in the text, its second a word of geography (placeStemEndings: 溪, 岭, 川 …); the level a county's (unknownPlaceLevels);
 * a stop, a blank or a one-character opener (unknownPlaceOpeners: 在, 经, 由 …) right before it, no compound
 * right after its level (placeLevelCompounds: 县级, 县直 …); outside 《》; no word tying it to the own place on purpose
 * (placeRelationWords). A 警告 (shape unknown-sibling-place).
 */
function unknownSiblingPlace(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  const own = ownPlaceStem(options.department ?? '');
  if (!own) return [];
  const { text } = facts;
  const ownName = own.stem + own.level;
  let ownCount = 0;
  for (let k = text.indexOf(ownName); k !== -1; k = text.indexOf(ownName, k + 1)) ownCount++;
  if (ownCount < MIN_OWN_MENTIONS) return [];
  const known = new Set(PLACES.map((p) => p.name));
  const out: Finding[] = [];
  for (let at = text.indexOf(own.level, 2); at !== -1 && out.length < 3; at = text.indexOf(own.level, at + 1)) {
    const start = at - 2;
    const stem = text.slice(start, at);
    if (stem === own.stem || !isPlaceStemChar(stem[0]!) || !isPlaceStemChar(stem[1]!) || !PLACE_STEM_ENDINGS.includes(stem[1]!)) continue;
    const before = start === 0 ? '\n' : text[start - 1]!;
    if (!/[\s，。；：、（）“”|]/u.test(before) && !PLACE_OPENERS.includes(before)) continue;
    if (LEVEL_COMPOUNDS.some((w) => text.startsWith(w, at + 1))) continue;
    const name = stem + own.level;
    if (known.has(name) || text.indexOf(stem) !== start || text.indexOf(stem, at) !== -1) continue;
    const m = { start, end: at + 1 };
    if (insideTitleMarks(text, start) || tiedUnlessAt(text, m)) continue;
    let end = m.end;
    while (end < text.length && end - start < SLIP_QUOTE && !'，。；;\n'.includes(text[end]!)) end++;
    out.push(
      finding({
        rule: 'entity-name',
        shape: 'unknown-sibling-place',
        severity: 'warning',
        message: `报告所属地为${ownName}，文中却写“${text.slice(start, end)}”：${name}是另一${own.level}，疑为沿用其他地方的文本`,
        evidence: [quoteSpan(facts, { start, end })],
      }),
    );
  }
  return out;
}

/** A place's name as a text writes it: in full, and an autonomous county's, banner's or prefecture's short form (酉阳县). */
interface PlaceForm {
  readonly place: Place;
  readonly form: string;
}

/** Every form of every place, keyed by its first two characters (one scan of the text finds them all). */
let placeForms: Map<number, PlaceForm[]> | null = null;
/** Which characters open some place's form (one byte per UTF-16 code unit): most positions of a text are passed over on it. */
const placeFirstChars = new Uint8Array(0x10000);
/**
 * Which pairs of characters open some place's form, by a hash of the pair (one bit a slot, a false positive only costs
 * the map's look-up): most positions whose first character opens some place (东, 新, 平 …) are passed over on it.
 */
const PAIR_BITS = 1 << 20;
const placePairs = new Uint8Array(PAIR_BITS >> 3);
const pairSlot = (a: number, b: number): number => ((a * 0x9e37) ^ b) & (PAIR_BITS - 1);

/** The key of the two characters at `i` as one number: no string is made per position of a long text. */
const pairKey = (s: string, i: number): number => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

function formsByPrefix(): Map<number, PlaceForm[]> {
  if (placeForms) return placeForms;
  const map = new Map<number, PlaceForm[]>();
  const add = (place: Place, form: string): void => {
    const key = pairKey(form, 0);
    placeFirstChars[form.charCodeAt(0)] = 1;
    const slot = pairSlot(form.charCodeAt(0), form.charCodeAt(1));
    placePairs[slot >> 3]! |= 1 << (slot & 7);
    const list = map.get(key) ?? [];
    list.push({ place, form });
    map.set(key, list);
  };
  for (const place of PLACES) {
    add(place, place.name);
    // 秀山土家族苗族自治县 → 秀山县, 阿拉善左旗 stays whole: the short form keeps the first two characters and the level.
    const auto = /^([\u4e00-\u9fff]{2})[\u4e00-\u9fff]*自治([县旗州])$/.exec(place.name);
    if (auto) add(place, `${auto[1]}${auto[2]}`);
  }
  for (const list of map.values()) list.sort((a, b) => b.form.length - a.form.length);
  placeForms = map;
  return map;
}

interface PlaceMention {
  readonly place: Place;
  readonly start: number;
  readonly end: number;
}

/** Every place named in `text` (the longest form at each position; a shorter one inside a longer one is no mention). */
function placeMentions(text: string): PlaceMention[] {
  const map = formsByPrefix();
  const out: PlaceMention[] = [];
  let reach = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    if (placeFirstChars[a] === 0) continue;
    const slot = pairSlot(a, text.charCodeAt(i + 1));
    if ((placePairs[slot >> 3]! & (1 << (slot & 7))) === 0) continue;
    const list = map.get(pairKey(text, i));
    if (!list) continue;
    let hit: PlaceForm | undefined;
    for (const f of list) {
      if (text.startsWith(f.form, i)) {
        hit = f;
        break;
      }
    }
    if (!hit || i + hit.form.length <= reach) continue;
    if (i < reach) continue;
    out.push({ place: hit.place, start: i, end: i + hit.form.length });
    reach = i + hit.form.length;
  }
  return out;
}

/**
 * Every place named in `text`, read past the pinyin glosses a mirror site puts after characters (岳陽(yáng)樓區(qū)):
 * the mentions' offsets are the text's own. A text without a tone mark is read as it is.
 */
function placeMentionsReadingGlosses(text: string): PlaceMention[] {
  if (!TONE_MARK.test(text)) return placeMentions(text);
  const pieces: string[] = [];
  /** Per kept piece: where it starts in the gloss-free text and in the source. */
  const freeStarts: number[] = [];
  const sourceStarts: number[] = [];
  let from = 0;
  let length = 0;
  const glosses = new RegExp(PINYIN_GLOSS.source, 'g');
  for (let m = glosses.exec(text); m !== null; m = glosses.exec(text)) {
    freeStarts.push(length);
    sourceStarts.push(from);
    pieces.push(text.slice(from, m.index));
    length += m.index - from;
    from = m.index + m[0].length;
  }
  freeStarts.push(length);
  sourceStarts.push(from);
  pieces.push(text.slice(from));
  const toSource = (k: number): number => {
    let lo = 0;
    let hi = freeStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (freeStarts[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return sourceStarts[lo]! + (k - freeStarts[lo]!);
  };
  return placeMentions(pieces.join('')).map((m) => ({ place: m.place, start: toSource(m.start), end: toSource(m.end - 1) + 1 }));
}

const LEVELS: readonly Place['level'][] = ['province', 'city', 'county'];
const rank = (p: Place): number => LEVELS.indexOf(p.level);

/** The most specific place a name holds (青山县 of 某市青山县农业农村局), read past pinyin glosses. */
function mostSpecificPlace(name: string): Place | undefined {
  let own: Place | undefined;
  for (const m of placeMentions(withoutPinyinGlosses(name))) if (!own || rank(m.place) > rank(own)) own = m.place;
  return own;
}

const OWN_NAME_LABELS: readonly string[] = RULE_WORDS['entity-name'].ownNameLabels;

/**
 * The body a form's own label names (部门(单位)全称:平泉市人民检察院, 单位名称：…): the run of Chinese characters after the
 * label (brackets, colon and blanks skipped), when it ends with a body suffix; null when no label names one.
 */
function labelledOwnName(text: string, options: RuleOptions): string | null {
  const endings = [...options.config.entitySuffixes, ...options.config.entityNameVariant.unitEndings];
  for (const label of OWN_NAME_LABELS) {
    const at = text.indexOf(label);
    if (at === -1) continue;
    let k = at + label.length;
    while (k < text.length && k - at - label.length < 4 && /[)）:：\s]/.test(text[k]!)) k++;
    let e = k;
    while (e < text.length && e - k < MAX_NAME + 8 && isCjk(text[e])) e++;
    const name = text.slice(k, e);
    if (endings.some((w) => name.endsWith(w))) return name;
  }
  return null;
}

/**
 * The report's own place: the most specific place the department's name (from the title) holds; where that name holds
 * none because the title was misread (部门及 of 任丘市…中心2023年部门及单位预算), the title line's; then the body a form's own
 * label names (ownNameLabels: 部门(单位)全称); else, only where the department's name is masked or lost (****年度), the one
 * place of the lowest level the text names at least three times. A department named without a place (商务局) is read
 * from its own words elsewhere: no own place.
 */
function ownPlaceOf(facts: Parameters<Rule>[0], options: RuleOptions, mentions: readonly PlaceMention[]): Place | undefined {
  const department = options.department ?? '';
  const fromName = mostSpecificPlace(department);
  if (fromName) return fromName;
  const endings = [...options.config.entitySuffixes, ...options.config.entityNameVariant.unitEndings];
  const isBody = endings.some((w) => withoutPinyinGlosses(department).endsWith(w));
  const span = facts.title.titleSpan;
  if (!isBody && span) {
    const fromTitle = mostSpecificPlace(facts.text.slice(span.start, span.end));
    if (fromTitle) return fromTitle;
  }
  const labelled = labelledOwnName(facts.text, options);
  if (labelled) {
    const fromLabel = mostSpecificPlace(labelled);
    if (fromLabel) return fromLabel;
  }
  if (/[\u4e00-\u9fff]{2}/.test(department.replace(/年度?/g, '').replace(/[\d*＊]/g, ''))) return undefined;
  if (mentions.length === 0) return undefined;
  const lowest = Math.max(...mentions.map((m) => rank(m.place)));
  const counts = new Map<string, { place: Place; n: number }>();
  for (const m of mentions) if (rank(m.place) === lowest) counts.set(m.place.code, { place: m.place, n: (counts.get(m.place.code)?.n ?? 0) + 1 });
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return top && top.n >= 3 ? top.place : undefined;
}

/** Whether `a` is `b` or holds it (a province holds its cities and counties, a city its counties), by GB/T 2260 code. */
function holds(a: Place, b: Place): boolean {
  return b.code.startsWith(a.code);
}

const BODY_ENDINGS_EXTRA: readonly string[] = RULE_WORDS['entity-name'].bodyEndingsExtra;

/** The length of the body's name right after `end` (财政局, 人民代表大会常务委员会): the shortest run ending with a body suffix; 0 if none. */
function bodyAfter(text: string, end: number, options: RuleOptions): number {
  const endings = [...options.config.entitySuffixes, ...BODY_ENDINGS_EXTRA];
  for (let e = end + 1; e <= text.length && e - end <= MAX_NAME + 4 && isCjk(text[e - 1]); e++) {
    const run = text.slice(end, e);
    if (endings.some((w) => run.endsWith(w))) return e - end;
  }
  return 0;
}

/** The clause around `at`: back and on to ，。；⏎ (at most `reach` characters each way). */
function clauseAround(text: string, start: number, end: number, reach: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < reach && !'，,。；;\n'.includes(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < reach && !'，,。；;\n'.includes(text[to]!)) to++;
  return { from, to };
}

const SUBORDINATION: readonly string[] = RULE_WORDS['entity-name'].subordinationWords;
const LIST_CONJUNCTIONS: readonly string[] = RULE_WORDS['entity-name'].listConjunctions;

/** A heading's list marker opening a line (一、, 3、), up to the place's name. */
const LINE_LIST_MARKER = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}|\d{1,2})、[ \t\u3000]*$/;

/** A word tying a place to the own place on purpose (与…交界, 赴…, 对口帮扶) within its clause, list conjunctions left out or not. */
function tiedOnPurpose(text: string, m: Pick<PlaceMention, 'start' | 'end'>, conjunctionsTie: boolean): boolean {
  let from = Math.max(0, m.start - RELATION_BEFORE);
  for (let k = m.start - 1; k >= from; k--) {
    if ('。；;，,\n'.includes(text[k]!)) {
      from = k + 1;
      break;
    }
  }
  // A list marker opening the line (一、河间市…) is no list of places.
  const lineOpens = from === 0 || text[from - 1] === '\n';
  const before = lineOpens ? text.slice(from, m.start).replace(LINE_LIST_MARKER, '') : text.slice(from, m.start);
  const after = text.slice(m.end, m.end + RELATION_AFTER);
  const words = conjunctionsTie ? PLACE_RELATIONS : PLACE_RELATIONS.filter((w) => !LIST_CONJUNCTIONS.includes(w));
  return words.some((w) => (w.length >= 2 ? before.includes(w) || after.includes(w) : before.endsWith(w) || after.startsWith(w)));
}

/**
 * The bodies a report's own unit answers to, or issues its forms, are those of its own place and the places holding it:
 * 对儋州市人民代表大会和海口市人民代表大会常务委员会负责 in the 儋州 court's report, 张家口市财政局制 under 平泉市 (承德市)'s
 * form — a higher body of another place pasted from a sibling's report. Two shapes: (1) a place of a higher level than
 * the own place that does not hold it, right before a body's name (财政局, 人民代表大会 …); (2) any place neither holding
 * nor held by the own place, in a clause telling whom the unit answers to (subordinationWords: 负责, 领导, 隶属 …), a list
 * conjunction (和, 、) there being no tie on purpose. Preconditions: the own place (ownPlaceOf) named at least
 * MIN_OWN_MENTIONS times; the other place named once in the whole text, in the own place's province, not a name two
 * places bear, not inside 《》, with no word tying it to the own place on purpose (与…交界, 赴…, 对口 …).
 */
function otherPlaceHigherBody(facts: Parameters<Rule>[0], options: RuleOptions, mentions: readonly PlaceMention[], own: Place | undefined): Finding[] {
  if (!own || mentions.length < MIN_OWN_MENTIONS + 1) return [];
  const { text } = facts;
  const byCode = new Map<string, number>();
  for (const m of mentions) byCode.set(m.place.code, (byCode.get(m.place.code) ?? 0) + 1);
  // The own place's name may be borne at two levels (儋州市, a city without counties): all of its bearers are own.
  const ownNamed = mentions.filter((m) => m.place.name === own.name).length;
  if (ownNamed < MIN_OWN_MENTIONS) return [];
  const out: Finding[] = [];
  for (const m of mentions) {
    if (out.length >= 3) break;
    const p = m.place;
    if (p.name === own.name || holds(p, own) || holds(own, p) || byCode.get(p.code) !== 1) continue;
    if (p.code.slice(0, 2) !== own.code.slice(0, 2)) continue;
    if (PLACES.filter((q) => q.name === p.name).length > 1) continue;
    if (insideTitleMarks(text, m.start)) continue;
    const body = bodyAfter(text, m.end, options);
    const { from, to } = clauseAround(text, m.start, m.end, SLIP_QUOTE * 2);
    const clause = text.slice(from, to);
    const higher = rank(p) < rank(own) && body > 0;
    const answers = SUBORDINATION.some((w) => clause.includes(w));
    if (!higher && !answers) continue;
    if (tiedOnPurpose(text, m, !answers)) continue;
    let end = m.end;
    while (end < text.length && end - m.start < SLIP_QUOTE && !'，。；;\n'.includes(text[end]!)) end++;
    out.push(
      finding({
        rule: 'entity-name',
        shape: 'other-place-higher-body',
        severity: 'warning',
        message: `报告所属地为${own.name}，文中却写“${text.slice(m.start, end)}”：${p.name}不是${own.name}或其上级地方，${answers ? '本单位不对其负责或隶属于它' : '其机关不是本单位的上级'}，疑为沿用其他地方的文本`,
        evidence: [quoteSpan(facts, { start: m.start, end })],
      }),
    );
  }
  return out;
}

const TOWNSHIP_ENDINGS: readonly string[] = RULE_WORDS['entity-name'].townshipEndings;
/** Longest township name before its ending (沙地 of 沙地镇, 阿拉善 of …苏木). */
const MAX_TOWNSHIP_STEM = 4;

/** The township written right after a place's name (赣县区沙地镇 → 沙地镇), or ''. */
function townshipAfter(text: string, end: number): string {
  if (!isCjk(text[end])) return '';
  for (let e = end + 2; e <= end + MAX_TOWNSHIP_STEM + 2 && e <= text.length; e++) {
    if (!isCjk(text[e - 1])) return '';
    const run = text.slice(end, e);
    const ending = TOWNSHIP_ENDINGS.find((w) => run.endsWith(w));
    if (ending && run.length > ending.length) return run;
  }
  return '';
}

/**
 * 赣县区阳埠乡人民政府编制数77人 in 赣县区沙地镇人民政府's budget: the report of a township (乡, 镇, 街道, 苏木 under its
 * county, as the department's name from the title writes it) naming another township of the same county with a body
 * after it — a neighbour's text reused. Places below the county are in no table: the own township is read from the
 * department's name, the other from the text, both written after the same county's name. Preconditions: the own
 * township written after its county at least MIN_OWN_MENTIONS times; the other exactly once, a body's name right after
 * it; no word tying it to the own place on purpose, not inside 《》.
 */
function siblingTownship(facts: Parameters<Rule>[0], options: RuleOptions, mentions: readonly PlaceMention[]): Finding[] {
  const department = withoutPinyinGlosses(options.department ?? '');
  const inName = placeMentions(department).filter((m) => m.place.level === 'county');
  const county = inName[inName.length - 1];
  if (!county) return [];
  const ownTown = townshipAfter(department, county.end);
  if (ownTown === '') return [];
  const { text } = facts;
  const towns = new Map<string, PlaceMention[]>();
  for (const m of mentions) {
    if (m.place.code !== county.place.code) continue;
    const town = townshipAfter(text, m.end);
    if (town !== '') towns.set(town, [...(towns.get(town) ?? []), m]);
  }
  if ((towns.get(ownTown)?.length ?? 0) < MIN_OWN_MENTIONS) return [];
  const out: Finding[] = [];
  for (const [town, at] of towns) {
    if (town === ownTown || at.length !== 1) continue;
    const m = at[0]!;
    if (bodyAfter(text, m.end + town.length, options) === 0 || insideTitleMarks(text, m.start)) continue;
    if (tiedOnPurpose(text, { start: m.start, end: m.end + town.length }, true)) continue;
    let end = m.end + town.length;
    while (end < text.length && end - m.start < SLIP_QUOTE && !'，。；;\n'.includes(text[end]!)) end++;
    out.push(
      finding({
        rule: 'entity-name',
        shape: 'sibling-township',
        severity: 'warning',
        message: `本报告是“${options.department}”的报告，文中却写“${text.slice(m.start, end)}”：${town}是同一${county.place.name}的另一乡镇，疑为沿用其他乡镇的文本`,
        evidence: [quoteSpan(facts, { start: m.start, end })],
      }),
    );
  }
  return out;
}

const TOWNSHIP_ORGANS: readonly string[] = [...RULE_WORDS['entity-name'].townshipOrganWords].sort((a, b) => b.length - a.length);
const TOWNSHIP_OPENERS: readonly string[] = RULE_WORDS['entity-name'].townshipNameOpeners;
const COUNTY_MARKS: readonly string[] = RULE_WORDS['entity-name'].townshipCountyMarks;
const MIN_TOWN_STEM = 2;

/** The own township's stem and ending from the department's name (岚河县和桥街道办事处 → 和桥, 街道), or null. */
function ownTownship(dept: string): { stem: string; ending: string } | null {
  for (let k = MIN_TOWN_STEM; k < dept.length; k++) {
    const ending = TOWNSHIP_ENDINGS.find((w) => dept.startsWith(w, k));
    if (!ending) continue;
    let from = k;
    while (from > 0 && k - from < MAX_TOWNSHIP_STEM && !COUNTY_MARKS.includes(dept[from - 1]!)) from--;
    const stem = dept.slice(from, k);
    if (stem.length < MIN_TOWN_STEM || (from > 0 && !COUNTY_MARKS.includes(dept[from - 1]!))) return null;
    if (!Array.from(stem).every((c) => isCjk(c)) || STEM_EXCLUSIONS.some((w) => stem.includes(w))) return null;
    return { stem, ending };
  }
  return null;
}

/**
 * 已由城南街道办事处党工委研究部署整改 in 和桥街道办事处's report; 成立了以白沙洲镇镇长为组长 in 石门桥镇's: a township's or street
 * office's report (the department's name holds a township ending after its county: rule-words townshipEndings) naming
 * another township of the same ending with one of its own organs right after it (townshipOrganWords: 党工委, 办事处,
 * 镇长 …) — the neighbour's body deciding, approving or leading this one's work, its text pasted in. Places below the
 * county are in no table, so the other's name is bounded by a word opening it (townshipNameOpeners: 由, 以, 经, 参考 …),
 * the mark of a place above it (townshipCountyMarks: 县, 区 …) or a character that is no CJK, at MIN_TOWN_STEM to
 * MAX_TOWNSHIP_STEM characters before the ending (the shortest so bounded). Preconditions: the own stem with its ending named at least
 * MIN_OWN_MENTIONS times; the other exactly once; its stem holding no excluded character (ownNameStemExclusions); not
 * inside 《》, no word tying it on purpose (placeRelationWords: 与, 赴, 交流 …). A 警告.
 */
function siblingTownshipOrgan(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  const own = ownTownship(options.department ?? '');
  if (own === null) return [];
  // Read with the wraps and scattered spaces undone: a name is one name across a copy's line break (由城南⏎街道办事处).
  const { text, toText } = nameView(facts);
  const count = (w: string): number => {
    let n = 0;
    for (let at = text.indexOf(w); at !== -1 && n < MIN_OWN_MENTIONS + 1; at = text.indexOf(w, at + 1)) n++;
    return n;
  };
  if (count(own.stem + own.ending) < MIN_OWN_MENTIONS) return [];
  const out: Finding[] = [];
  for (let at = text.indexOf(own.ending); at !== -1; at = text.indexOf(own.ending, at + own.ending.length)) {
    const after = at + own.ending.length;
    const organ = TOWNSHIP_ORGANS.find((w) => text.startsWith(w, after));
    if (!organ) continue;
    let start = -1;
    for (let len = MIN_TOWN_STEM; len <= MAX_TOWNSHIP_STEM && at - len >= 0; len++) {
      const s = at - len;
      if (!isCjk(text[s])) break;
      // (Not right after a list item's number, （11）执行乡党委的决定: a verb opening the item, no name.)
      if (s === 0 || (!isCjk(text[s - 1]) && !/[）)\]．.、\d]/u.test(text[s - 1]!)) || TOWNSHIP_OPENERS.some((w) => text.endsWith(w, s)) || COUNTY_MARKS.includes(text[s - 1]!)) {
        start = s;
        break;
      }
    }
    if (start === -1) continue;
    const stem = text.slice(start, at);
    // A stem opening with a tying word (与青石镇 at a line's start) is that word and a name: tied on purpose; one holding a
    // list conjunction or an organ (政府和镇党委) is a list of the own organs.
    if (PLACE_RELATIONS.some((w) => stem.startsWith(w)) || LIST_CONJUNCTIONS.some((w) => stem.includes(w)) || TOWNSHIP_ORGANS.some((w) => stem.includes(w))) continue;
    // The own name with words before it (加强田心乡), or a common word before the own ending (执行乡党委): a neighbour's
    // name stands in the text once, in this name only.
    if (stem.endsWith(own.stem) || count(stem) !== 1) continue;
    if (stem === own.stem || own.stem.endsWith(stem) || STEM_EXCLUSIONS.some((w) => stem.includes(w)) || Array.from(stem).some((c) => !isCjk(c))) continue;
    if (count(stem + own.ending) !== 1) continue;
    const end = after + organ.length;
    // (A list conjunction after the organ joining organs — 党委、政府 — joins no places: read past them.)
    let tieEnd = end;
    for (let more = true; more; ) {
      more = false;
      const joined = LIST_CONJUNCTIONS.find((w) => text.startsWith(w, tieEnd));
      const next = joined ? TOWNSHIP_ORGANS.find((w) => text.startsWith(w, tieEnd + joined.length)) : undefined;
      if (joined && next) {
        tieEnd += joined.length + next.length;
        more = true;
      }
    }
    if (insideTitleMarks(text, start) || tiedOnPurpose(text, { start, end: tieEnd }, true)) continue;
    out.push(
      finding({
        rule: 'entity-name',
        shape: 'sibling-township-organ',
        severity: 'warning',
        message: `本报告是“${options.department}”的报告，文中却写“${text.slice(start, end)}”：${stem}${own.ending}是另一${own.ending}（全文仅此一处），疑为沿用其他${own.ending}的文本`,
        evidence: [quoteSpan(facts, { start: toText(start), end: toText(end - 1) + 1 }), quoteSentenceAt(facts, toText(start))],
      }),
    );
  }
  return out;
}

const OWN_WORK_HEADINGS: readonly string[] = RULE_WORDS['entity-name'].ownWorkHeadings;
const OWN_ACTION_FOLLOWERS: readonly string[] = RULE_WORDS['entity-name'].ownActionFollowers;
const JOINT_WORK: readonly string[] = RULE_WORDS['entity-name'].jointWorkWords;
/** A level character a body of the own place's government may be written with instead of the place (县住房和城乡建设局). */
const LEVEL_MARKS: readonly string[] = RULE_WORDS['entity-name'].ownLevelMarks;
const PEER_SUFFIXES: readonly string[] = RULE_WORDS['entity-name'].peerBodySuffixes;

/**
 * （五）履职效能情况。2024年，县住房和城乡建设局坚持… in 县自然资源局's self-evaluation / （四）规范“三公”经费管理，县医疗保障局将严格执行…
 * under 下一步改进措施 in 县卫生健康局's: the sections on the report's own work (ownWorkHeadings: 组织实施情况, 履职效能,
 * 下一步改进措施 …) tell what the reporting body did and will do, so the actor opening a clause there, right before a
 * word of its own conduct (ownActionFollowers: 将, 坚持, 成立, 严格 …), is the reporting body; another body of the own
 * place's government there is a sibling bureau's paragraph pasted in. Preconditions: the department read from the title
 * is a body; the name opens its clause (after ，。；⏎ or a list marker), is written with the own place or a level mark
 * (县, 市 …: a body of the same government), ends with a body suffix and is at least two characters longer; it is not
 * the own body by any reading isSelf knows, no counterpart (财政, 审计 …), not one of the text's listed units; the clause
 * tells no joint work (jointWorkWords: 配合, 会同, 牵头 …). A text covering several bodies makes it a 提示.
 */
function ownWorkSubjects(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  const own = ownBody(facts, options);
  if (own === null) return [];
  const { department, core } = own;
  const { text } = facts;
  const sections = sectionsTitled(facts, OWN_WORK_HEADINGS);
  if (sections.length === 0) return [];
  const region = regionOf(department, core, options.config.regionPrefixes);
  const suffixes = [...options.config.entitySuffixes].sort((a, b) => b.length - a.length);
  const { counterpartWords } = options.config;
  const units = listedUnits(facts);
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const section of sections) {
    // From the heading's title on: a heading run into its first sentence (（五）履职效能情况。2024年，…) opens the section there.
    for (let k = section.heading.end; k < section.end && out.length < 5; k++) {
      const c = text[k - 1];
      if (!(k === 0 || c === '，' || c === '。' || c === '；' || c === '\n' || c === '）' || c === ')' || c === '、')) continue;
      if ((c === '）' || c === ')') && !/[（(][一二三四五六七八九十\d]{1,3}[）)]$/.test(text.slice(Math.max(0, k - 5), k))) continue;
      if (c === '、' && !/(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}|\d{1,2})、$/.test(text.slice(Math.max(0, k - 6), k))) continue;
      const placed = (region !== '' && text.startsWith(region, k)) || LEVEL_MARKS.includes(text[k]!);
      if (!placed || seen.has(k)) continue;
      // The shortest run from here ending with a body suffix, then a word of the actor's own conduct right after it.
      let name = '';
      for (let e = k + 1; e <= section.end && e - k <= MAX_NAME && isCjk(text[e - 1]); e++) {
        const run = text.slice(k, e);
        const suffix = suffixes.find((w) => run.endsWith(w));
        if (suffix !== undefined && run.length >= suffix.length + 2) {
          name = run;
          break;
        }
      }
      if (name === '') continue;
      const after = k + name.length;
      if (!OWN_ACTION_FOLLOWERS.some((w) => text.startsWith(w, after))) continue;
      if (counterpartWords.some((w) => name.includes(w)) || isSelf(name, options, core) || shortFormOf(department, name)) continue;
      // An abbreviation of the own name keeps its characters in order and its ending (县人社局 of 某县人力资源和社会保障局).
      if (name.slice(-1) === department.slice(-1) && isSubsequence(name, department)) continue;
      if (units.some((u) => u.includes(name) || name.includes(u))) continue;
      // In a text of several bodies, one of its units may act: a 提示, unless the text lists its units and this is none, or
      // the name is a government department (peerBodySuffixes: 局, 委员会 …), a peer of the own body, never its unit.
      const peer = PEER_SUFFIXES.some((w) => name.endsWith(w)) && !name.endsWith('分局');
      const severity: Finding['severity'] = own.severity === 'info' && units.length < 2 && !peer ? 'info' : 'warning';
      const { from, to } = clauseAround(text, k, after, 60);
      if (JOINT_WORK.some((w) => text.slice(from, to).includes(w))) continue;
      seen.add(k);
      let end = after;
      while (end < text.length && end - k < SLIP_QUOTE && !'，。；;\n'.includes(text[end]!)) end++;
      out.push(
        finding({
          rule: 'entity-name',
          shape: 'own-work-subject',
          severity,
          message: `本报告是“${department}”的报告，“${section.heading.title}”一节所述应为本单位的工作，此处却写“${text.slice(k, end)}”：疑为套用其他单位的文本`,
          evidence: [quoteSpan(facts, { start: k, end }), quoteSentenceAt(facts, k)],
        }),
      );
    }
  }
  return out;
}

const PLACE_RELATIONS: readonly string[] = RULE_WORDS['entity-name'].placeRelationWords;
/** Characters before and after another place's name looked at for a word tying it to the own place on purpose. */
const RELATION_BEFORE = 8;
const RELATION_AFTER = 4;
/** Fewest mentions of the own place (title included) against the other's one. */
const MIN_OWN_MENTIONS = 2;
/** Longest stretch of the clause quoted after the other place's name. */
const SLIP_QUOTE = 24;

/**
 * 完成江津区委、区政府交办的其他任务 in the 璧山区 justice bureau's duties / 组织编制湖北省总体应急预案 in the 湖南省 department's
 * report / 陵水黎族自治县水务项目建设管理中心 heading part three of the 乐东黎族自治县 centre's 决算: a place of the own place's
 * level and province (a neighbour, data/audit/places.json) named once in a report about the own place — a paragraph
 * copied from a neighbour's report and not fully edited. The own place: the most specific place the department's name
 * (from the title) holds, or, where the title gives no name, the one place of the lowest level the text names at least
 * three times. Preconditions: the own place named at least MIN_OWN_MENTIONS times; the text names exactly two places
 * of that level (more are a text about several: a city's list of counties, a province's cooperation); the other named
 * once, in the same province (any province for a province), outside 《》; no word tying it to the own place on purpose
 * within a few characters (rule-words entity-name placeRelationWords: 与…交界, 对口帮扶, 赴…考察, a 、 list). A 警告.
 */
function siblingPlaceSlip(facts: Parameters<Rule>[0], options: RuleOptions, mentions: readonly PlaceMention[], own: Place | undefined): Finding[] {
  const { text } = facts;
  if (mentions.length < MIN_OWN_MENTIONS + 1 || !own) return [];
  const level = own.level;
  const atLevel = mentions.filter((m) => m.place.level === level);
  const byCode = new Map<string, PlaceMention[]>();
  for (const m of atLevel) byCode.set(m.place.code, [...(byCode.get(m.place.code) ?? []), m]);
  const ownCode = own.code;
  if (byCode.size !== 2 || (byCode.get(ownCode)?.length ?? 0) < MIN_OWN_MENTIONS) return [];
  const [otherCode, others] = [...byCode].find(([code]) => code !== ownCode)!;
  if (others.length !== 1) return [];
  const other = others[0]!;
  if (level !== 'province' && otherCode.slice(0, 2) !== ownCode.slice(0, 2)) return [];
  // The same name in another province (two 朝阳区): not one place, not read.
  if (PLACES.filter((p) => p.name === other.place.name).length > 1) return [];
  // Within the name's clause a relation word of two characters or more (赴…考察, …交界), or one character right before
  // or after it (与南川区, 南川区、綦江区): 区委、区政府 further on is no list of places.
  if (tiedOnPurpose(text, other, true)) return [];
  if (insideTitleMarks(text, other.start)) return [];
  let end = other.end;
  while (end < text.length && end - other.start < SLIP_QUOTE && !'，。；;\n'.includes(text[end]!)) end++;
  return [
    finding({
      rule: 'entity-name',
      shape: 'sibling-place',
      severity: 'warning',
      message: `报告所属地为${own.name}，文中却写“${text.slice(other.start, end)}”：${other.place.name}是${level === 'province' ? '另一省份' : '同省的另一地方'}，疑为沿用其他地方的文本`,
      evidence: [quoteSpan(facts, { start: other.start, end })],
    }),
  ];
}

const STEM_MARKS: readonly string[] = [...RULE_WORDS['entity-name'].ownNameStemMarks].sort((a, b) => b.length - a.length);
const STEM_EXCLUSIONS: readonly string[] = RULE_WORDS['entity-name'].ownNameStemExclusions;
/** Length of the place or branch stem before a mark in the own name (沂川 in 沂川县卫生健康局). */
const STEM_LENGTH = 2;
/** Fewest characters of the own name besides its stem, so that the rest names the body's kind, not a bare level. */
const MIN_NAME_REST = 4;

/**
 * 经综合评定，平原县卫生健康局2024年度部门整体支出绩效自评得分93.6分 in 沂川县卫生健康局's report; 南屏县白马镇人民政府内设… in
 * 石桥镇's: the own body's name (from the title) with another place's or branch's stem — the same kind of body of a
 * neighbouring place, its text pasted in and not edited. Works for places that data/audit/places.json does not know
 * (siblingPlaceSlip needs them known). The own name is split at each mark of a level (rule-words entity-name
 * ownNameStemMarks: 县, 区, 镇, 街道, 分局 …) into prefix + a STEM_LENGTH-character stem + the rest from the mark;
 * the text is searched for the rest preceded by the prefix and another stem. Preconditions: the rest and prefix hold at
 * least MIN_NAME_REST characters; neither stem holds an excluded character (ownNameStemExclusions: 本, 我, 全, a level
 * character, 年/度); where the own place (stem and mark, no prefix) is one places.json knows, the other must be known too; the own stem with its mark is named at least MIN_OWN_MENTIONS times (once, the title, where the other is declared the own unit: 为垦北市审计局本级决算), the other exactly once in the whole
 * text; the other is no place holding the own one (宜昌市 for 宜都市, by places.json); outside 《》; no word tying it on
 * purpose nearby (placeRelationWords). A 警告.
 */
/** Words that, right before another stem, open a name as a clause break does (本部门决算为垦北市审计局本级决算: rule-words ownNameStemOpeners). */
const STEM_OPENERS: readonly string[] = RULE_WORDS['entity-name'].ownNameStemOpeners;
/** A year by number right before a name (2024年, 2024年度). */
const YEAR_BEFORE = /(?:19|20)\d{2}年度?$/u;

function ownNameOtherStem(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  const dept = options.department;
  if (!dept || dept.length < STEM_LENGTH + MIN_NAME_REST) return [];
  // Read with the wraps and scattered spaces undone: a name is one name across a copy's line break (青山县应急管⏎理局).
  const { text, toText } = nameView(facts);
  const count = (w: string): number => {
    let n = 0;
    for (let at = text.indexOf(w); at !== -1 && n < MIN_OWN_MENTIONS + 1; at = text.indexOf(w, at + 1)) n++;
    return n;
  };
  const clean = (stem: string): boolean => stem.length === STEM_LENGTH && Array.from(stem).every((c) => isCjk(c)) && !STEM_EXCLUSIONS.some((w) => stem.includes(w));
  const out: Finding[] = [];
  const seen = new Set<number>();
  // Each split of the own name at a mark; where a higher place opens the name (岚河县 before 和桥街道办事处), also the
  // split without it: a body of the same level is named without its county as often as with it (由城南街道办事处党工委…).
  const splits: { k: number; mark: string; prefix: string }[] = [];
  for (let k = STEM_LENGTH; k < dept.length; k++) {
    const mark = STEM_MARKS.find((m) => dept.startsWith(m, k));
    if (!mark) continue;
    const prefix = dept.slice(0, k - STEM_LENGTH);
    splits.push({ k, mark, prefix });
    if (prefix !== '' && STEM_MARKS.some((m) => prefix.endsWith(m))) splits.push({ k, mark, prefix: '' });
  }
  for (const { k, mark, prefix } of splits) {
    const stem = dept.slice(k - STEM_LENGTH, k);
    const rest = dept.slice(k);
    if (!clean(stem) || prefix.length + rest.length < MIN_NAME_REST) continue;
    // The own stem named once only (the title) is enough where the other is declared the report's own unit (X本级).
    const ownCount = count(stem + mark);
    if (ownCount < 1) continue;
    for (let at = text.indexOf(rest); at !== -1; at = text.indexOf(rest, at + 1)) {
      const stemStart = at - STEM_LENGTH;
      const start = stemStart - prefix.length;
      if (start < 0 || seen.has(start) || text.slice(start, stemStart) !== prefix) continue;
      const other = text.slice(stemStart, at);
      if (other === stem || !clean(other)) continue;
      // With no prefix to bound it, the stem must open the name: after a non-CJK character or a higher place's mark
      // (山东省平原县…); after other CJK it may be the tail of a longer name or a word (对平原县…: not read).
      // A year right before it bounds it too (2024年浙东县统计局部门整体支出 in 浙岭县统计局's conclusion; former test33 2745),
      // and so does a copula or 由 (本部门决算为垦北市审计局本级决算; former test34 2767).
      if (prefix === '' && isCjk(text[start - 1]) && !STEM_MARKS.some((m) => text.endsWith(m, start)) && !YEAR_BEFORE.test(text.slice(Math.max(0, start - 7), start)) && !STEM_OPENERS.some((w) => text.endsWith(w, start))) continue;
      if (count(other + mark) !== 1) continue;
      if (ownCount < MIN_OWN_MENTIONS && !OWN_UNIT.ownUnitMarkers.some((m) => text.startsWith(m, at + rest.length))) continue;
      const place = PLACES.find((p) => p.name === other + mark);
      const ownPlace = PLACES.find((p) => p.name === stem + mark);
      // A known own place beside an unknown other (设立市水利和湖泊局 in 荆门市's text: a verb before 市) is no place.
      if (ownPlace && !place && prefix === '') continue;
      if (place && ownPlace && holds(place, ownPlace)) continue;
      const end = at + rest.length;
      if (insideTitleMarks(text, start) || tiedOnPurpose(text, { start, end }, true)) continue;
      seen.add(start);
      out.push(
        finding({
          rule: 'entity-name',
          shape: 'own-name-other-stem',
          severity: 'warning',
          message: `本报告是“${dept}”的报告，此处却写作“${text.slice(start, end)}”（${other}${mark}，全文仅此一处），疑为套用其他单位的文本`,
          evidence: [quoteSpan(facts, { start: toText(start), end: toText(end - 1) + 1 }), quoteSentenceAt(facts, toText(start))],
        }),
      );
    }
  }
  return out;
}

/**
 * 蜀西县妇联全年帮助1,035名妇女… in 蜀源县妇女联合会's report (its short name 县妇联); 榆塘县供销社为农服务体系 in 苍渠县供销合作社联合社's:
 * the own body's name in a short form, after another place's stem before the same mark — ownNameOtherStem for the body
 * written short. The own name has no prefix before its stem (蜀源 + 县 + 妇女联合会). The short form after the other stem
 * and mark is an own short name without its mark (县妇联 → 妇联), or the longest run of characters after the mark that
 * are the rest's in order (供销社 of 供销合作社联合社), at least MIN_SHORT_BODY long and ending with the rest's last
 * character. Preconditions as ownNameOtherStem: clean stems of STEM_LENGTH characters, the other opening its name (no
 * CJK before, or a mark, a year or an opener), named once with its mark, the own stem with its mark at least
 * MIN_OWN_MENTIONS times; a known own place needs a known other, which does not hold it; outside 《》, not tied on purpose.
 */
function ownShortNameOtherStem(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  const dept = options.department;
  if (!dept) return [];
  const k = STEM_LENGTH;
  const mark = STEM_MARKS.find((m) => dept.startsWith(m, k));
  if (!mark) return [];
  const stem = dept.slice(0, k);
  const rest = dept.slice(k + mark.length);
  const clean = (x: string): boolean => x.length === STEM_LENGTH && Array.from(x).every((c) => isCjk(c)) && !STEM_EXCLUSIONS.some((w) => x.includes(w));
  if (!clean(stem) || rest.length < MIN_NAME_REST) return [];
  const { text } = facts;
  const count = (w: string): number => {
    let n = 0;
    for (let at = text.indexOf(w); at !== -1 && n < MIN_OWN_MENTIONS + 1; at = text.indexOf(w, at + 1)) n++;
    return n;
  };
  if (count(stem + mark) < MIN_OWN_MENTIONS) return [];
  const shorts = options.shortNames.filter((x) => x.startsWith(mark) && x.length > mark.length + 1).map((x) => x.slice(mark.length));
  const ownPlace = PLACES.find((p) => p.name === stem + mark);
  const out: Finding[] = [];
  for (let at = text.indexOf(mark); at !== -1 && out.length < 3; at = text.indexOf(mark, at + mark.length)) {
    const start = at - STEM_LENGTH;
    if (start < 0) continue;
    const other = text.slice(start, at);
    if (other === stem || !clean(other)) continue;
    if (isCjk(text[start - 1]) && !STEM_MARKS.some((m) => text.endsWith(m, start)) && !YEAR_BEFORE.test(text.slice(Math.max(0, start - 7), start)) && !STEM_OPENERS.some((w) => text.endsWith(w, start))) continue;
    const after = at + mark.length;
    // The body's short form right after the mark.
    let body = shorts.find((x) => text.startsWith(x, after)) ?? '';
    if (body === '') {
      let i = 0;
      let j = after;
      while (j < text.length && i < rest.length) {
        const next = rest.indexOf(text[j]!, i);
        if (next === -1) break;
        i = next + 1;
        j++;
      }
      const run = text.slice(after, j);
      if (run.length >= MIN_SHORT_BODY && run.endsWith(rest[rest.length - 1]!)) body = run;
    }
    if (body === '' || body === rest || count(other + mark) !== 1) continue;
    const place = PLACES.find((p) => p.name === other + mark);
    if (ownPlace && !place) continue;
    if (place && ownPlace && holds(place, ownPlace)) continue;
    const end = after + body.length;
    if (insideTitleMarks(text, start) || tiedOnPurpose(text, { start, end }, true)) continue;
    out.push(
      finding({
        rule: 'entity-name',
        shape: 'own-short-name-other-stem',
        severity: 'warning',
        message: `本报告是“${dept}”的报告，此处却写作“${text.slice(start, end)}”（${other}${mark}，全文仅此一处），疑为套用其他单位的文本`,
        evidence: [quoteSpan(facts, { start, end }), quoteSentenceAt(facts, start)],
      }),
    );
  }
  return out;
}
/** Shortest short form of the own body read after another stem (供销社, 妇联 comes from the short names). */
const MIN_SHORT_BODY = 3;

/** Whether `offset` stands inside 《…》 on its line. */
function insideTitleMarks(text: string, offset: number): boolean {
  for (let k = offset - 1; k >= Math.max(0, offset - 60); k--) {
    if (text[k] === '》' || text[k] === '\n') return false;
    if (text[k] === '《') return true;
  }
  return false;
}

/** Kinds of a report's own part a title line names after the body and the year (rule-words entity-name.ownPartTitleKinds). */
const OWN_PART_TITLE_KINDS: readonly string[] = [...RULE_WORDS['entity-name'].ownPartTitleKinds].sort((a, b) => b.length - a.length);
/** Words of a title line that tells of another body's budget on purpose (an audit of it: rule-words entity-name.otherPartTitleWords). */
const OTHER_PART_TITLE_WORDS: readonly string[] = RULE_WORDS['entity-name'].otherPartTitleWords;
/** A title line: a heading marker at most, 关于 maybe, a run of Chinese characters, the year, 年 or 年度, and what follows. */
const PART_TITLE_LINE = /^[ \t\u3000]*(第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])?[ \t\u3000]*(关于)?([\u4e00-\u9fff]{4,24}?)[ \t\u3000]*(\d{4})[ \t\u3000]*年度?[ \t\u3000]*(.*)$/;

/**
 * The report's own body as the own-name checks need it: the department named by the caller, ending with a body suffix
 * or unit ending (else null: the checks stay silent), its endings, core name, the severity (提示 when the text covers
 * several bodies) and the title's span.
 */
function ownBody(facts: Parameters<Rule>[0], options: RuleOptions) {
  const department = options.department;
  if (!department) return null;
  const { regionPrefixes, entitySuffixes, entityNameVariant } = options.config;
  const endings = [...entitySuffixes, ...entityNameVariant.unitEndings];
  if (!endings.some((w) => department.endsWith(w))) return null;
  const severity: Finding['severity'] = coversSeveralBodies(facts.text) ? 'info' : 'warning';
  return { department, endings, core: coreName(department, regionPrefixes), severity, titleSpan: facts.title.titleSpan };
}

/**
 * 第一部分 常宁市融媒体中心2021年预算公开说明 / （七）关于舟山市审计局2024年政府性基金预算支出情况说明 in another body's report: a
 * title line of one of the report's own parts — a heading marker at most, 关于 maybe, a body's name, the report's own
 * fiscal year and one of the kinds of its parts (ownPartTitleKinds: 预算, 决算, 部门预算, 政府性基金预算 …) — names the body the
 * report is about; another body there is another report's title pasted in. Preconditions: the department read from
 * the title is a body, and the fiscal year is known; the line is short (ownPartLineMax) and has no sentence punctuation;
 * the name ends with a body suffix or unit ending, at least two characters longer, with no counterpart word (财政,
 * 审计 …), and is not the own body by any reading isSelf knows nor the full form of a short title name; the line holds
 * no word of an audit or review of another body (otherPartTitleWords). A text covering several bodies makes it a 提示.
 */
function ownPartTitles(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  const year = options.fiscalYear;
  const own = ownBody(facts, options);
  if (own === null || year === null) return [];
  const { department, endings, core, severity, titleSpan } = own;
  const { counterpartWords } = options.config;
  const { text } = facts;
  const out: Finding[] = [];
  for (let lineStart = 0; lineStart < text.length && out.length < 5; ) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const next = lineEnd + 1;
    const inTitle = titleSpan !== undefined && titleSpan !== null && lineStart < titleSpan.end && lineEnd > titleSpan.start;
    // Sliced only when short enough to be a title line.
    const line = !inTitle && lineEnd - lineStart <= TITLE_LINE_MAX ? text.slice(lineStart, lineEnd) : '';
    if (line !== '' && line.includes(String(year)) && !/[。，；：,;:|\t]/.test(line)) {
      const m = PART_TITLE_LINE.exec(line);
      if (m && Number(m[4]) === year && OWN_PART_TITLE_KINDS.some((w) => m[5]!.startsWith(w)) && !OTHER_PART_TITLE_WORDS.some((w) => line.includes(w))) {
        const name = m[3]!;
        const ending = endings.find((w) => name.endsWith(w));
        if (
          ending !== undefined &&
          name.length >= ending.length + 2 &&
          !counterpartWords.some((w) => name.includes(w)) &&
          !isSelf(name, options, core) &&
          !shortFormOf(department, name)
        ) {
          const start = lineStart + line.indexOf(name, (m[1]?.length ?? 0) + (m[2]?.length ?? 0));
          const evidence = [quoteSpan(facts, { start, end: start + name.length })];
          if (titleSpan) evidence.push(quoteSpan(facts, titleSpan));
          out.push(
            finding({
              rule: 'entity-name',
              severity,
              message: `本报告是“${department}”的${year}年度报告，本报告的标题行却写作“${name}”：疑为套用其他单位的文本，或标题中的单位名称有误`,
              evidence,
            }),
          );
        }
      }
    }
    if (nl === -1) break;
    lineStart = next;
  }
  return out;
}

/** 汨罗市文旅广电局 of 汨罗市文化旅游广电局: the title's name keeps the other's characters in order and its last two. */
function shortFormOf(short: string, full: string): boolean {
  return short.slice(-2) === full.slice(-2) && isSubsequence(short, full);
}

/**
 * A part heading of the report (第一部分, with a colon or blanks after it at most) at the start of a line. Sticky: matched
 * at the line's start in the whole text (it holds no line break, so it never reads past its line).
 */
const PART_HEADING = /[ \t\u3000]*第[一二三四五六七八九十]{1,3}部分[ \t\u3000:：]*/y;
const OVERVIEW_TAILS: readonly string[] = RULE_WORDS['entity-name'].ownOverviewTails;

/**
 * 第一部分 县殡葬管理所概况 in 南昌县殡仪服务中心2020年度部门决算说明: the part of a 部门决算 / 部门预算 that gives the
 * overview of the reporting body (第一部分 X概况, X单位概况 — the template's part one, rule-words.json
 * entity-name.ownOverviewTails) can only name the body the title names; another body there is its overview pasted in
 * (or, where the heading is right, the title is wrong). Preconditions: the department read from the title is a body
 * (ends with a body suffix or a unit ending); the heading is a line of its own, opened by 第N部分 and holding nothing
 * but the name and the tail (no punctuation, digits or Latin letters: a spam site's name); the name ends with a body
 * suffix or unit ending and is at least two characters longer than it; it is not the own body by any reading isSelf
 * knows (short forms, 本级, the same body without its region), nor the full form of a title's short name (汨罗市文旅广电局 under
 * 汨罗市文化旅游广电局概况: the title's characters in order, its last two the same). A text that covers several bodies (所属单位) is a 提示.
 */
function ownOverviewHeadings(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  const own = ownBody(facts, options);
  if (own === null) return [];
  const { department, endings, core, severity, titleSpan } = own;
  const { text } = facts;
  const out: Finding[] = [];
  // Walked by index: a line is sliced only when it opens with its marker.
  for (let lineStart = 0; lineStart < text.length && out.length < 5; ) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const next = lineEnd + 1;
    PART_HEADING.lastIndex = lineStart;
    const marker = PART_HEADING.exec(text);
    if (marker === null) {
      lineStart = next;
      continue;
    }
    const rest = text.slice(lineStart + marker[0].length, lineEnd).replace(/[ \t\u3000]+$/, '');
    const tail = OVERVIEW_TAILS.find((w) => rest.endsWith(w));
    const name = tail === undefined ? '' : rest.slice(0, rest.length - tail.length);
    const ending = endings.find((w) => name.endsWith(w));
    if (ending !== undefined && /^[\u4e00-\u9fff]+$/.test(name) && name.length >= ending.length + 2 && !isSelf(name, options, core) && !shortFormOf(department, name)) {
      const start = lineStart + marker[0].length;
      const evidence = [quoteSpan(facts, { start, end: start + name.length + tail!.length })];
      if (titleSpan) evidence.push(quoteSpan(facts, titleSpan));
      out.push(
        finding({
          rule: 'entity-name',
          severity,
          message: `本报告是“${department}”的报告，${marker[0].trim().replace(/[:：]$/, '')}应为本单位概况，却写作“${name}”：疑为套用其他单位的文本，或标题中的单位名称有误`,
          evidence,
        }),
      );
    }
    lineStart = next;
  }
  out.push(...repeatedTitleBlocks(facts, options, department, core, endings, severity));
  return out;
}

const DUTY_HEADINGS: readonly string[] = RULE_WORDS['entity-name'].ownDutiesHeadings;
const DUTY_SUBJECT_FOLLOWERS: readonly string[] = RULE_WORDS['entity-name'].ownDutiesSubjectFollowers;
const DUTY_SHORT_FORM: readonly string[] = RULE_WORDS['entity-name'].ownDutiesShortForm;
const DUTY_NOT_FOLLOWERS: readonly string[] = RULE_WORDS['entity-name'].ownDutiesNotFollowers;

/**
 * The first place of a subject follower `w` in a line, skipped where it ends a longer word that is no verb after a name
 * (rule-words entity-name.ownDutiesNotFollowers: 属 of X所属单位, where 所 would be read as a body's ending); -1 if none.
 */
function followerAt(line: string, w: string): number {
  for (let at = line.indexOf(w); at !== -1; at = line.indexOf(w, at + 1)) {
    const compound = DUTY_NOT_FOLLOWERS.some((c) => c.endsWith(w) && c.length > w.length && line.startsWith(c, at - (c.length - w.length)));
    if (!compound) return at;
  }
  return -1;
}

/**
 * 一、部门职责 ⏎ 红河州疾病预防控制中心是贯彻执行… in 红河州数据发展中心's report: the section of a 部门决算 / 预算 / 自评 on the
 * body's own duties (a heading whose title ends with one of rule-words entity-name.ownDutiesHeadings: 部门职责,
 * 主要职能, 职能职责 …) opens by naming the body it is about; another body named there, as the subject of the section's
 * first line, is another report's text pasted in. Preconditions: as for the overview heading (the department read
 * from the title is a body; the name of Chinese characters only, ending with a body suffix or unit ending, at least two
 * characters longer; not the own body by any reading isSelf knows, nor the full form of a short title name); the name
 * opens the first non-empty line after the heading (at most a heading marker before it) and is followed by one of
 * ownDutiesSubjectFollowers (是, 作为, 成立于, 主要职责 …: the name is the sentence's subject, not 根据《X…》 nor a
 * list of units), a bracket defining its short form (ownDutiesShortForm: 简称) allowed between; no counterpart word (财政, 审计 …) in it. A text covering several bodies (所属单位) makes it a 提示.
 */
function ownDutiesOpenings(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  const department = options.department;
  if (!department) return [];
  const { regionPrefixes, entitySuffixes, entityNameVariant, counterpartWords } = options.config;
  const endings = [...entitySuffixes, ...entityNameVariant.unitEndings];
  if (!endings.some((w) => department.endsWith(w))) return [];
  const core = coreName(department, regionPrefixes);
  const { text } = facts;
  const severity: Finding['severity'] = coversSeveralBodies(text) ? 'info' : 'warning';
  const out: Finding[] = [];
  for (const h of facts.headings) {
    if (out.length >= 5) break;
    const title = h.title.replace(/[。：:\s]+$/, '');
    if (!DUTY_HEADINGS.some((w) => title.endsWith(w)) || title.length > SEARCH_WINDOWS.ownDutiesHeadingMax) continue;
    // The first non-empty line after the heading's line.
    let k = text.indexOf('\n', h.start);
    if (k === -1) continue;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    const lineEnd = text.indexOf('\n', k) === -1 ? text.length : text.indexOf('\n', k);
    const line = text.slice(k, lineEnd);
    const opener = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])?[ \t\u3000]*/.exec(line)![0];
    let rest = line.slice(opener.length);
    // The name defining its short form in brackets (X（以下简称市一院）是…, X(简称市市场监管局)是…): read the name and what
    // follows the bracket.
    const shortForm = /^([\u4e00-\u9fff]{3,16})[（(]([^）)]{0,20})[）)]/.exec(rest);
    if (shortForm && DUTY_SHORT_FORM.some((w) => shortForm[2]!.includes(w))) rest = shortForm[1]! + rest.slice(shortForm[0].length);
    const follower = DUTY_SUBJECT_FOLLOWERS
      .map((w) => ({ w, at: followerAt(rest, w) }))
      .filter((x) => x.at > 0 && x.at <= MAX_NAME + 4)
      .sort((a, b) => a.at - b.at)[0];
    if (!follower) continue;
    const name = rest.slice(0, follower.at);
    const ending = endings.find((w) => name.endsWith(w));
    if (ending === undefined || !/^[\u4e00-\u9fff]+$/.test(name) || name.length < ending.length + 2) continue;
    if (counterpartWords.some((w) => name.includes(w)) || isSelf(name, options, core) || shortFormOf(department, name)) continue;
    const start = k + opener.length;
    const evidence = [quoteSpan(facts, { start, end: start + name.length }), quoteSpan(facts, { start: h.start, end: h.end })];
    if (facts.title.titleSpan) evidence.push(quoteSpan(facts, facts.title.titleSpan));
    out.push(
      finding({
        rule: 'entity-name',
        severity,
        message: `本报告是“${department}”的报告，“${title}”一节应写本单位，却写作“${name}”：疑为套用其他单位的文本，或标题中的单位名称有误`,
        evidence,
      }),
    );
  }
  return out;
}

/**
 * A line naming the report's kind under a year (2024年度部门决算情况说明): the second line of a title block. Sticky:
 * matched at the line's start in the whole text (no part of it crosses a line break).
 */
const KIND_LINE = new RegExp(`[ \\t\u3000]*\\d{4}[ \\t\u3000]*年度?[ \\t\u3000]*(?:${RULE_WORDS['entity-name'].titleBlockKinds.join('|')})`, 'y');

/** A character String.prototype.trim takes off: ECMAScript WhiteSpace (TAB, VT, FF, ZWNBSP, the Zs spaces) and LineTerminator. */
function isTrimmed(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * 临潭县乡村振兴局 ⏎ 2024年度部门决算情况说明 ⏎ 部门概况 inside 卓尼县乡村振兴局's 决算: a title block — a line that is only a
 * body's name, then a line opening with a year and the report's kind — names the body the report is about; another
 * body there is another report's title pasted in. Preconditions: as for the overview heading (the department a body,
 * the name of Chinese characters only ending with a body suffix or unit ending, not the own body by any reading, not
 * the full form of a short title name); the block is not the title the department was read from.
 */
function repeatedTitleBlocks(
  facts: Parameters<Rule>[0],
  options: RuleOptions,
  department: string,
  core: string,
  endings: readonly string[],
  severity: Finding['severity'],
): Finding[] {
  const { text } = facts;
  const out: Finding[] = [];
  const titleSpan = facts.title.titleSpan;
  // Walked by index: the line's trimmed bounds are found in the text, and only a line of a name's length (an ending and
  // at least two more characters, at most MAX_TAIL) is sliced.
  const shortest = Math.min(...endings.map((w) => w.length)) + 2;
  for (let lineStart = 0; lineStart < text.length && out.length < 5; ) {
    const nl = text.indexOf('\n', lineStart);
    if (nl === -1) break;
    let start = lineStart;
    while (start < nl && isTrimmed(text.charCodeAt(start))) start++;
    let end = nl;
    while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
    if (end - start < shortest || end - start > MAX_TAIL) {
      lineStart = nl + 1;
      continue;
    }
    const name = text.slice(start, end);
    const ending = endings.find((w) => name.endsWith(w));
    const inTitle = titleSpan !== undefined && titleSpan !== null && lineStart < titleSpan.end && nl > titleSpan.start;
    KIND_LINE.lastIndex = nl + 1;
    if (
      ending !== undefined &&
      !inTitle &&
      name.length >= ending.length + 2 &&
      /^[\u4e00-\u9fff]+$/.test(name) &&
      KIND_LINE.test(text) &&
      !isSelf(name, options, core) &&
      !shortFormOf(department, name)
    ) {
      const evidence = [quoteSpan(facts, { start, end: start + name.length })];
      if (titleSpan) evidence.push(quoteSpan(facts, titleSpan));
      out.push(
        finding({
          rule: 'entity-name',
          severity,
          message: `本报告是“${department}”的报告，正文中的标题却写作“${name}”：疑为套用其他单位的文本，或标题中的单位名称有误`,
          evidence,
        }),
      );
    }
    lineStart = nl + 1;
  }
  return out;
}

/** A county-level place written with its city: 温州市瓯海区, 岳阳市君山区 (city stem, 市/州/盟, place stem, level). */
const CITY_AND_COUNTY = /([\u4e00-\u9fff]{2,3}?)(市|州|盟)([\u4e00-\u9fff]{2})(区|县|旗)/g;

/**
 * 专项债资金由温州市鹿城区温瑞塘河工程建设中心专户进行管理 in a report on a 瓯海区 project: a body of another county or
 * district of the same city (the text's own place written many times, the other one once) — another place's name pasted
 * into a body's name. Preconditions: the own place (stem and level) is written at least siblingMajority times in the
 * text, with its city at least once; the other place is written with the same city and the same level exactly once in
 * the whole text (stem and level), and no third place of that city is named (a city-wide text names several); right
 * after it stands a body's name (a run of CJK characters ending with an entities.json suffix); its sentence does not
 * name the own place (两区联合 …, a comparison), and the text does not list places (、 right before or after it).
 */
function siblingRegionBody(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  // Read with the wraps inside sentences undone and the spaces a copy scattered taken out (温州市鹿城区温瑞⏎塘河…).
  const unwrapped = unwrappedOf(facts);
  const view = withoutSpaces(unwrapped.text);
  const text = view.text;
  const toText = (k: number): number => unwrapped.toOriginal[view.at(k)]!;
  const withCity = [...text.matchAll(CITY_AND_COUNTY)];
  const stems = new Set(withCity.map((m) => m[3]! + m[4]!));
  // One place written with its city once, and no other of that city: a city-wide text names several.
  if (stems.size > 2 || withCity.length === 0) return [];
  const count = (place: string): number => text.split(place).length - 1;
  const opening = `${facts.title.title ?? ''}${text.slice(0, OPENING_REACH)}`;
  for (const m of withCity) {
    const other = m[3]! + m[4]!;
    if (count(other) !== 1) continue;
    // 由温州市: a break word read in with the city (its stem is taken lazily, but a match starts where it can) is no
    // part of it.
    const lead = m[1]!.length === 3 && options.config.nameBreakChars.includes(m[1]![0]!) ? 1 : 0;
    const city = m[1]!.slice(lead) + m[2]!;
    // The own place: a place of the same level named in the title or the opening, written at least siblingMajority
    // times, more than any other of that level.
    let own: string | null = null;
    let best = 0;
    for (const o of opening.matchAll(new RegExp(`([\\u4e00-\\u9fff]{2})${m[4]!}`, 'g'))) {
      const place = o[0];
      if (place === other) continue;
      const n = count(place);
      if (n > best) [own, best] = [place, n];
    }
    if (own === null || best < SIBLING_MAJORITY || (stems.size === 2 && !stems.has(own))) continue;
    const mention = { city, at: m.index + lead + city.length, end: m.index + m[0].length };
    if ('、和及与'.includes(text[m.index + lead - 1] ?? '') || '、和及与'.includes(text[mention.end] ?? '')) continue;
    const found = bodyAfterSibling(facts, options, text, toText, mention, own, other, best);
    if (found) return [found];
  }
  return [];
}

function bodyAfterSibling(
  facts: Parameters<Rule>[0],
  options: RuleOptions,
  text: string,
  toText: (k: number) => number,
  mention: { city: string; at: number; end: number },
  own: string,
  other: string,
  ownCount: number,
): Finding | null {
  let runEnd = mention.end;
  while (runEnd < text.length && runEnd - mention.end < MAX_NAME + 4 && isCjk(text[runEnd])) runEnd++;
  const run = text.slice(mention.end, runEnd);
  // The body's name ends at the first suffix that ends in the run (中心 in 温瑞塘河工程建设中心专户).
  let nameEnd = -1;
  for (const x of options.config.entitySuffixes) {
    const k = run.indexOf(x);
    if (k >= 0 && (nameEnd === -1 || k + x.length < nameEnd)) nameEnd = k + x.length;
  }
  if (nameEnd === -1) return null;
  const bodyEnd = mention.end + nameEnd;
  const sentenceStart = Math.max(...['。', '；', '\n'].map((c) => text.lastIndexOf(c, mention.at)));
  const ends = ['。', '；', '\n'].map((c) => text.indexOf(c, bodyEnd)).filter((k) => k !== -1);
  const sentenceEnd = ends.length > 0 ? Math.min(...ends) : text.length;
  // A sentence naming the own place too (两区联合 …), or the other as an example (学习借鉴, 参照: rule-words.json
  // entity-name.siblingReferenceWords), names it on purpose.
  const sentence = text.slice(sentenceStart + 1, sentenceEnd);
  if (sentence.includes(own) || SIBLING_REFERENCE.some((w) => sentence.includes(w))) return null;
  const from = mention.at - mention.city.length;
  const start = toText(from);
  const end = toText(bodyEnd - 1) + 1;
  return finding({
    rule: 'entity-name',
    severity: 'warning',
    message: `全文${ownCount}处写作“${own}”，此处却写作“${text.slice(from, bodyEnd)}”（${mention.city}的另一${other.slice(-1)}）：疑为误写其他地方的单位名称`,
    evidence: [quoteSpan(facts, { start, end }), quoteSentenceAt(facts, start)],
  });
}

/** A place name of two or three characters (none of them a level word) followed by its level: 湖北省, 武汉市. */
const PLACE_BEFORE_LEVEL = '((?:(?![省市县区州])[\\u4e00-\\u9fff]){2,3})';
/** Longest reach of SHORT_NAME_OF_OTHER_REGION before its 以下简称: a place of three characters, its level, a name of twenty, a bracket. */
const SHORT_NAME_REACH = 3 + 1 + 20 + 1;
const SHORT_NAME_OF_OTHER_REGION = new RegExp(`${PLACE_BEFORE_LEVEL}([省市县])[\\u4e00-\\u9fff]{2,20}?[（(]以下简称[“"‘]?([省市县])`, 'g');

/**
 * 湖南省残疾人联合会（以下简称“省残联”） in a report whose title names 湖北省: a body given a short name that starts with
 * its level (省残联, 市财政局 — “the province's own” federation, as the report will call it throughout) whose full name
 * is of another place of that level than the one the title names — the place of another report's copy left in, or a
 * slip. Preconditions: the title names a place of the same level; the short name's level word is the full name's; the
 * two places differ (neither ends with the other, so characters the pattern takes in before the place do not count).
 */
/**
 * The text without spaces, tabs and ideographic spaces, and the map from an offset in it back to the text (the text's
 * length for its end). The text is one native replace; the map is built from the runs between the spaces on its first
 * use only (a finding to place), since most texts give none and a table-heavy text has a run per cell.
 */
function withoutSpaces(source: string): { text: string; at: (k: number) => number } {
  const text = source.replace(/[ \t\u3000]+/g, '');
  /** Per run: where it starts in the source and in the text without spaces. */
  let sourceStarts: number[] | null = null;
  const textStarts: number[] = [];
  const runs = (): number[] => {
    const starts: number[] = [];
    let length = 0;
    let k = 0;
    while (k < source.length) {
      const c = source.charCodeAt(k);
      if (c === 0x20 || c === 0x09 || c === 0x3000) {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < source.length) {
        const d = source.charCodeAt(e);
        if (d === 0x20 || d === 0x09 || d === 0x3000) break;
        e++;
      }
      starts.push(k);
      textStarts.push(length);
      length += e - k;
      k = e;
    }
    return starts;
  };
  const at = (i: number): number => {
    if (i >= text.length) return source.length;
    sourceStarts ??= runs();
    const k = lastAtMost(textStarts, i);
    return sourceStarts[k]! + (i - textStarts[k]!);
  };
  return { text, at };
}

/**
 * The text as a reader reads a name in it: the wraps inside sentences undone (城南⏎街道办事处, 青山县应急管⏎理局) and the spaces
 * a copy scattered taken out (白沙洲 镇), with the map from an offset of the view back to the text (its length for the
 * end). Built once per document; the readings of one name written whole read it instead of the raw lines.
 */
interface NameView {
  readonly text: string;
  readonly toText: (k: number) => number;
}
const nameViewCache = new WeakMap<object, NameView>();
function nameView(facts: Parameters<Rule>[0]): NameView {
  let v = nameViewCache.get(facts);
  if (!v) {
    const unwrapped = unwrappedOf(facts);
    const spaced = withoutSpaces(unwrapped.text);
    v = { text: spaced.text, toText: (k: number): number => unwrapped.toOriginal[Math.min(spaced.at(k), unwrapped.toOriginal.length - 1)]! };
    nameViewCache.set(facts, v);
  }
  return v;
}

/**
 * Whether two places read before the same level word are one place: the pattern may take in a character before the
 * name on either side (受昌都市 after 接受, 藏昌都市 after the region 西藏 in the title), so one ending with the other, or
 * both ending with the same two characters — a place's name has at least two — is the same place.
 */
function samePlace(a: string, b: string): boolean {
  if (a.endsWith(b) || b.endsWith(a)) return true;
  return a.length >= 2 && b.length >= 2 && a.slice(-2) === b.slice(-2);
}

function otherRegionOwnShortName(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const title = facts.title.title;
  if (!title) return out;
  // Every match holds 以下简称 (spaces between its characters allowed): a text without one is not copied below.
  if (!/以[ \t\u3000]*下[ \t\u3000]*简[ \t\u3000]*称/.test(facts.text)) return out;
  // Read with spaces and tabs taken out (a copy may scatter them inside names); `at` maps back to the text.
  const { text, at } = withoutSpaces(facts.text);
  const ownTitle = title.replace(/[ \t\u3000]/g, '');
  // Every match ends with 以下简称 and its opening (at most SHORT_NAME_REACH characters before it): the pattern is tried
  // in those windows only, in text order, a window's match skipped when it starts inside the last one (as one global
  // scan would have read it), not over the whole text.
  const matches: RegExpExecArray[] = [];
  let lastEnd = 0;
  for (let k = text.indexOf('以下简称'); k !== -1; k = text.indexOf('以下简称', k + 4)) {
    const from = Math.max(lastEnd, k - SHORT_NAME_REACH);
    const window = text.slice(from, k + 6);
    SHORT_NAME_OF_OTHER_REGION.lastIndex = 0;
    const m = SHORT_NAME_OF_OTHER_REGION.exec(window);
    if (m === null) continue;
    m.index += from;
    matches.push(m);
    lastEnd = m.index + m[0].length;
  }
  for (const m of matches) {
    if (out.length >= 3) break;
    const [, place, level, shortLevel] = m;
    if (level !== shortLevel) continue;
    const own = new RegExp(`${PLACE_BEFORE_LEVEL}${level}`).exec(ownTitle)?.[1];
    if (!own || samePlace(own, place!)) continue;
    const from = m.index + m[0].indexOf(place! + level!);
    const to = text.indexOf('以下简称', from);
    const start = at(from);
    const end = at(to);
    out.push(
      finding({
        rule: 'entity-name',
        severity: 'warning',
        message: `“${text.slice(from, to).replace(/[（(]$/, '')}”简称为“${shortLevel}…”，即本${level}的机构，而标题所称为${own}${level}：单位名称中的地名疑有误`,
        evidence: facts.title.titleSpan ? [quoteSpan(facts, { start, end }), quoteSpan(facts, facts.title.titleSpan)] : [quoteSpan(facts, { start, end })],
      }),
    );
  }
  return out;
}

/** Fewest mentions of the text's own place for a body of a sibling place named once to be read as a slip. */
const SIBLING_MAJORITY = SEARCH_WINDOWS.minSiblingMajority;
const SIBLING_REFERENCE: readonly string[] = RULE_WORDS['entity-name'].siblingReferenceWords;
/** Characters of the text read as its opening, where the own place is named (a report without a title line). */
const OPENING_REACH = 200;
const PLACE_LEVELS = RULE_WORDS['entity-name'].placeLevels;
const MIN_PLACE_MAJORITY = SEARCH_WINDOWS.minPlaceMajority;
/** A place of two characters and its level, right before the amount allocated to it: 繁昌区16.2万元, 分配至无为市93万元. */
const LISTED_PLACE = new RegExp(`([\\u4e00-\\u9fff]{2})(${anyWord(PLACE_LEVELS)})(?=\\d)`, 'g');

/**
 * 繁昌县56.5万元 among allocations to 繁昌区 (繁昌 became a district in 2020): one place given amounts under two levels
 * (县 / 区 / 市 / 旗: rule-words placeLevels), one level once and the other at least minPlaceMajority times — a place
 * renamed, written once by its old name. Preconditions: each mention is a place of two characters right before an
 * amount (a list of allocations or shares by place); the majority form is written at least minPlaceMajority times, the
 * minority form exactly once; a text naming the old form on purpose (原繁昌县, 撤县设区) says so in words
 * (placeRenameWords) and is not read.
 */
function placeLevelSlips(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  if (RULE_WORDS['entity-name'].placeRenameWords.some((w) => text.includes(w))) return [];
  const byStem = new Map<string, Map<string, { start: number; end: number }[]>>();
  for (const m of text.matchAll(LISTED_PLACE)) {
    const stem = m[1]!;
    const levels = byStem.get(stem) ?? new Map<string, { start: number; end: number }[]>();
    byStem.set(stem, levels);
    const at = levels.get(m[2]!) ?? [];
    levels.set(m[2]!, at);
    at.push({ start: m.index, end: m.index + m[0].length });
  }
  const out: Finding[] = [];
  for (const [stem, levels] of byStem) {
    if (levels.size !== 2) continue;
    const [[levelA, a], [levelB, b]] = [...levels.entries()] as [[string, { start: number; end: number }[]], [string, { start: number; end: number }[]]];
    const [major, minor, majorLevel, minorLevel] = a.length >= b.length ? [a, b, levelA, levelB] : [b, a, levelB, levelA];
    if (minor.length !== 1 || major.length < MIN_PLACE_MAJORITY || text.includes(`原${stem}${minorLevel}`)) continue;
    out.push(
      finding({
        rule: 'entity-name',
        severity: 'warning',
        message: `同一地方在文中${major.length}处写作“${stem}${majorLevel}”，此处却写作“${stem}${minorLevel}”：疑为沿用区划调整前的旧名或笔误`,
        evidence: [quoteSpan(facts, minor[0]!), quoteSentenceAt(facts, minor[0]!.start), quoteSpan(facts, major[0]!)],
      }),
    );
  }
  return out;
}

/**
 * 重庆市沙坪坝区交通（本级）：行政单位 in 重庆市沙坪坝区交通局's 单位构成: the unit listed as the department's own (X本级,
 * X（本级）, the marker followed by a list separator or a colon) written with the department's name less its body ending
 * (局, 委, 中心: entities.json suffixes) — the name lost its last word. Precondition: the department is known (title,
 * 编制单位 or sidecar); its name without region is longer than its ending by two characters or more; the written name
 * is that stem, with the department's own region or part of it or none before it (read back to a break), and does not
 * end in a body ending itself (重庆市沙坪坝区人民政府（本级） for its 办公室 names the government, another body).
 */
function truncatedOwnUnit(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  const department = options.department;
  if (!department) return [];
  const { regionPrefixes, nameBreakChars, entitySuffixes } = options.config;
  const core = coreName(department, regionPrefixes);
  const ending = entitySuffixes.filter((s) => core.endsWith(s)).sort((a, b) => b.length - a.length)[0];
  if (ending === undefined) return [];
  const stem = core.slice(0, core.length - ending.length);
  if (stem.length < 2 || entitySuffixes.some((s) => stem.endsWith(s))) return [];
  const own = regionOf(department, core, regionPrefixes);
  const { text } = facts;
  const out: Finding[] = [];
  for (const { at, after, marker, next, start } of ownUnitMentions(text, stem, nameBreakChars)) {
    if (out.length >= 20) break;
    const theirs = text.slice(start, at).replace(/^.*年度?/, '');
    // A region of the department's own (重庆市沙坪坝区, 沙坪坝区) or none; anything else is another name.
    if (theirs !== '' && (own === '' || !own.endsWith(theirs))) continue;
    const from = at - theirs.length;
    out.push(
      finding({
        rule: 'entity-name',
        severity: 'warning',
        message: `本报告是“${department}”的报告，列为本单位${marker.replace(/[（）()]/g, '')}的单位却写作“${text.slice(from, after)}”，少了名称末尾的“${ending}”`,
        evidence: [quoteSpan(facts, { start: from, end: next }), quoteSentenceAt(facts, from)],
      }),
    );
  }
  return out;
}

const OWN_UNIT = RULE_WORDS['entity-name'];

/**
 * Each place where `words` are followed by an own-unit marker (本级, 机关本级, （本级）) and then a list separator or
 * the end (rule-words.json entity-name.ownUnitMarkers / ownUnitFollowers), with the start of the name written before
 * the words, read back over CJK characters to a name break (包括：, 为, 和) and at most MAX_NAME characters.
 */
function* ownUnitMentions(
  text: string,
  words: string,
  nameBreakChars: readonly string[],
): Generator<{ at: number; after: number; marker: string; next: number; start: number }> {
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + words.length)) {
    const after = at + words.length;
    const marker = OWN_UNIT.ownUnitMarkers.find((m) => text.startsWith(m, after));
    if (marker === undefined) continue;
    const next = after + marker.length;
    if (next < text.length && !OWN_UNIT.ownUnitFollowers.some((w) => text.startsWith(w, next))) continue;
    let start = at;
    while (start > 0 && at - start < MAX_NAME && isCjk(text[start - 1]) && !nameBreakChars.includes(text[start - 1]!)) start--;
    yield { at, after, marker, next, start };
  }
}
/** A sentence: back to and on to one of these. */
const SENTENCE_ENDS = '。；;！？!?\n';
/** The same as character codes: a sentence's bounds read without a string per character. */
const SENTENCE_END_CODES = new Set(Array.from(SENTENCE_ENDS, (c) => c.charCodeAt(0)));

/**
 * 包括：嘉州市应急管理局本级、嘉岭县应急救援保障中心 in 嘉岭县应急管理局's 部门决算: the unit listed as the
 * department's own (X本级, X机关本级, X部门本级, X（本级）, the marker followed by a list separator) named with the
 * department's own body words (应急管理局) after a place of a higher level (市, 州, 省) is the higher-level body's
 * name written for the own unit. Precondition: the department (title, 编制单位 or sidecar) is a body of a county-level
 * place (its region ends with 县, 区 or 旗, rule-words.json entity-name.countyLevels) with body words of three
 * characters or more; the written region ends with a higherLevels word; the sentence does not name the higher body on
 * purpose (higherBodyContext: 上级主管部门, 业务指导, 转移支付, 市局下达). Another bureau with other body words and a
 * 县级市 department are not read.
 */
function higherLevelOwnUnit(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  const department = options.department;
  if (!department) return [];
  const { regionPrefixes, nameBreakChars } = options.config;
  const core = coreName(department, regionPrefixes);
  if (core === department || core.length < 3) return [];
  const own = regionOf(department, core, regionPrefixes);
  const endsWithAny = (s: string, words: readonly string[]): boolean => words.some((w) => s.endsWith(w));
  if (own === '' || endsWithAny(own, OWN_UNIT.higherLevels) || !endsWithAny(own, OWN_UNIT.countyLevels)) return [];
  const { text } = facts;
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const { after, marker, next, start } of ownUnitMentions(text, core, nameBreakChars)) {
    if (out.length >= 20) break;
    const candidate = text.slice(start, after);
    const theirs = regionOf(candidate, core, regionPrefixes);
    if (theirs === '' || !endsWithAny(theirs, OWN_UNIT.higherLevels) || own.endsWith(theirs) || seen.has(start)) continue;
    let from = start;
    while (from > 0 && !SENTENCE_END_CODES.has(text.charCodeAt(from - 1))) from--;
    let to = next;
    while (to < text.length && !SENTENCE_END_CODES.has(text.charCodeAt(to))) to++;
    const sentence = text.slice(from, to);
    if (OWN_UNIT.higherBodyContext.some((w) => sentence.includes(w))) continue;
    seen.add(start);
    out.push(
      finding({
        rule: 'entity-name',
        severity: 'warning',
        message: `本报告是“${department}”的报告，列为本单位${marker.replace(/[（）()]/g, '')}的单位却写作上级“${candidate}”，疑为套用上级部门名称`,
        evidence: [quoteSpan(facts, { start, end: after }), quoteSentenceAt(facts, start)],
      }),
    );
  }
  return out;
}

/** Longest run of characters read back from a name's end: a unit's full name with its region (岳阳市南湖新区二幼儿园). */
const MAX_TAIL = 16;

/**
 * 南湖新区二湖幼儿园 once where the title, the sections and the table head say 南湖新区二幼儿园: the unit's own name
 * written differently once. A name is read backwards from its end (a suffix such as 局, 中心, 幼儿园); an own name is
 * one ending in the opening of the text (or the department read from the title) that is written the same at least
 * minMentions times and is at least minLength long. A string found once that differs from it by one character added
 * or changed is reported, when the difference lies inside the name (not its first character, keptEnd characters of
 * the name after it), concerns no sibling or region character (第一/第二, 县/市) unless that character is only written
 * twice in a row (青山县县农业农村局: the same character added, no other body) and the name goes on beyond it
 * (two characters at least) — see data/audit/entities.json nameVariant. Linear: each end is read back once per own
 * name, at most MAX_TAIL characters.
 */
interface NameEndings {
  endings: readonly string[];
  /** By character code, whether an ending word ends with it. */
  lastChar: Uint8Array;
  /** Characters whose change makes another body (第二/第三, 县/市) or prose (的, 和), not a slip in the name. */
  fixed: ReadonlySet<string>;
}

/** Per configuration, built once: a 64 KB table allocated on every call cost about 0.4–0.8 ms. */
const nameEndings = new WeakMap<RuleOptions['config'], NameEndings>();

function nameEndingsOf(config: RuleOptions['config']): NameEndings {
  let found = nameEndings.get(config);
  if (found === undefined) {
    const endings = [...config.entitySuffixes, ...config.entityNameVariant.unitEndings];
    const lastChar = new Uint8Array(0x10000);
    for (const w of endings) lastChar[w.charCodeAt(w.length - 1)] = 1;
    const fixed = new Set([...config.entityNameVariant.siblingChars, ...config.regionPrefixes.filter((r) => r.length === 1), ...config.nameBreakChars]);
    found = { endings, lastChar, fixed };
    nameEndings.set(config, found);
  }
  return found;
}

/** Whether one of `words` ends at text[i]. (A function of its own: a closure over the loop's index in the loop below
 * made every one of its iterations allocate, 5 ms on a 120,000-character text.) */
function wordEndsAt(text: string, i: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, i - w.length + 1)) return true;
  return false;
}

function ownNameVariants(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  const settings = options.config.entityNameVariant;
  const { text } = facts;
  // lastChar: a table by character code of the ending words' last characters, as this loop visits every character.
  const { endings, lastChar, fixed } = nameEndingsOf(options.config);
  // The end of each name: the last character of an ending word, with the whole word before it.
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (lastChar[text.charCodeAt(i)] === 1 && wordEndsAt(text, i, endings)) ends.push(i);
  }
  // How many ends each tail (the run of CJK characters before an end, cut at each length) stands at.
  const runStart = (end: number): number => {
    let k = end;
    while (k > 0 && end - k + 1 < MAX_TAIL && isCjk(text[k - 1])) k--;
    return k;
  };
  const tails = new Map<string, number>();
  for (const e of ends) {
    const from = runStart(e);
    for (let s = e - settings.minLength + 1; s >= from; s--) {
      const t = text.slice(s, e + 1);
      tails.set(t, (tails.get(t) ?? 0) + 1);
    }
  }
  // Own names: at an end in the opening, the longest tail written the same at least minMentions times.
  const own = new Set<string>();
  const longestRepeated = (run: string): void => {
    let best = '';
    for (let l = settings.minLength; l <= run.length; l++) {
      const t = run.slice(run.length - l);
      if ((tails.get(t) ?? 0) >= settings.minMentions) best = t;
    }
    if (best) own.add(best);
  };
  for (const e of ends) {
    if (e >= settings.openingReach) break;
    longestRepeated(text.slice(runStart(e), e + 1));
  }
  if (options.department) longestRepeated(options.department);
  // The department read from the title is its own name however seldom the excerpt repeats it — for a character
  // written twice in a row only (神鼎山镇镇人民政府 under the title 神鼎山镇人民政府部门决算): that slip names no other body.
  const titleName = options.department && options.department.length >= settings.minLength && !own.has(options.department) ? options.department : null;
  if (titleName) own.add(titleName);
  if (own.size === 0) return [];
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const e of ends) {
    const from = runStart(e);
    for (const name of own) {
      const variant = oneEditVariant(text, from, e, name, settings.keptEnd, fixed);
      if (variant === null) continue;
      const { start, canonical, doubled } = variant;
      const written = text.slice(start, e + 1);
      const mentions = name === titleName ? (doubled && canonical === name ? 1 : Infinity) : settings.minMentions;
      if (canonical.length < settings.minLength || (tails.get(written) ?? 0) !== 1 || (tails.get(canonical) ?? 0) < mentions) continue;
      if (reported.has(written)) continue;
      reported.add(written);
      // One slip read at two ends of one name (青山县县农业农村 and …农村局): the longer reading stands for it.
      const sameStart = out.findIndex((f) => f.evidence[0]!.start === start);
      if (sameStart !== -1) out.splice(sameStart, 1);
      out.push(
        finding({
          rule: 'entity-name',
          severity: 'warning',
          message: `单位名称写法不一：此处写作“${written}”，全文其余${tails.get(canonical)}处均作“${canonical}”，疑为笔误`,
          evidence: [quoteSpan(facts, { start, end: e + 1 }), quoteSentenceAt(facts, start)],
        }),
      );
      break;
    }
    if (out.length >= 20) break;
  }
  return out;
}

/**
 * Whether the run text[from..end] ends with `name` changed by one character (one added, or one replaced) inside it:
 * read from the end, at least keptEnd characters agree, then one differs, then at least two more agree. Returns
 * where the written form starts and the part of the name it stands for, or null.
 */
export function oneEditVariant(
  text: string,
  from: number,
  end: number,
  name: string,
  keptEnd: number,
  fixed: ReadonlySet<string>,
): { start: number; canonical: string; doubled: boolean } | null {
  let j = 0;
  while (j < name.length && end - j >= from && text[end - j] === name[name.length - 1 - j]) j++;
  if (j < keptEnd || j === name.length || end - j < from) return null;
  const changed = text[end - j]!;
  // A region or sibling character changed makes another body (县/市, 第一/第二); the same character written twice in
  // a row (青山县县农业农村局, 白沙乡乡人民政府) names no other body: an added character that repeats the one after it.
  const doubled = text[end - j + 1] === changed;
  if (fixed.has(changed) && !doubled) return null;
  let best: { start: number; canonical: string; doubled: boolean } | null = null;
  // One added (skip it in the text) or one replaced (skip it in both).
  for (const skipName of [0, 1]) {
    if (skipName === 1 && (fixed.has(name[name.length - 1 - j]!) || fixed.has(changed))) continue;
    let m = 0;
    while (j + skipName + m < name.length && end - j - 1 - m >= from && text[end - j - 1 - m] === name[name.length - 1 - j - skipName - m]) m++;
    if (m < 2) continue;
    const canonical = name.slice(name.length - j - skipName - m);
    const start = end - j - m;
    if (best === null || canonical.length > best.canonical.length) best = { start, canonical, doubled: doubled && skipName === 0 };
  }
  return best;
}

const entityNameOther: Rule = (facts, options) => {
  if (!options.department && options.shortNames.length === 0) {
    options.notChecked.push('entity-name：标题中未读出报告单位名称，未检查是否误写其他单位名称');
    return [];
  }
  const { text } = facts;
  const core = options.department ? coreName(options.department, options.config.regionPrefixes) : null;
  const out: Finding[] = [];
  const seen = new Set<number>();
  const suffixes = [...options.config.entitySuffixes].sort((a, b) => b.length - a.length);
  const titleEnd = facts.title.titleSpan?.end ?? 0;
  // （本级） marks the report's own unit in a list of units; it is read only when the department read from the
  // title is itself an organisation's name (ends with a suffix), not a page path or a place.
  const deptIsBody = options.department !== null && options.department !== undefined && suffixes.some((x) => options.department!.endsWith(x));
  // A unit named by a unit ending rather than a body suffix (鹤川县第三初级中学, 某县实验幼儿园: entities.json
  // nameVariant.unitEndings): a name ending with the same last two characters as its own (中学, 儿园) is read where the
  // report speaks of itself too — a unit of the same kind, another school's name left in its place. Other words ending
  // with a unit ending (教学, 社会) are not read as names.
  const own = options.department ?? '';
  const kindEnding = !deptIsBody && own.length >= 4 && options.config.entityNameVariant.unitEndings.some((w) => own.endsWith(w)) ? own.slice(-2) : null;
  // Severity by evidence: in a text about one body another body's name said of itself is an error; a text that
  // covers several bodies (编制范围的单位共3个, 所属/下属/二级单位) names them with their own staff and units, so
  // there it is a 提示 (info).
  const several = coversSeveralBodies(text);
  // Where the text lists its units one a line (编制范围的单位共2个…：⏎1.某局（本级）⏎2.某中心), a body named as one speaks of
  // itself that is none of them, nor a short form of one, is another body's all the same: an error.
  const units = listedUnits(facts);
  const severityOf = (candidate: string): Finding['severity'] =>
    !several || (units.length >= 2 && !units.some((u) => u.includes(candidate) || candidate.includes(u) || isSubsequence(candidate, u))) ? 'error' : 'info';
  const contexts = options.config.selfContextAfter;
  const hits = contextHits(text, titleEnd, contexts);
  for (const [index, context] of contexts.entries()) {
    if (context.includes('本级') && !deptIsBody) continue;
    // Each context's hits as successive indexOf calls find them: the next after the end of the last.
    let last = -1;
    for (const at of hits[index]!) {
      if (last !== -1 && at < last + context.length) continue;
      last = at;
      // The year may stand between the name and its context where the context is the report's own scope (纳入某局
      // 2024年度部门决算编制范围: only the reporting body's 决算 has that 编制范围); elsewhere a body named with a year
      // (某局2022年度部门预算执行情况, in an audit report) is another body's on purpose.
      const scope = OWN_SCOPE.some((w) => text.startsWith(w, at + context.length));
      // Or a title line naming the report's own kind (第二部分 某县图书馆2024年部门预算表): a line opened by the name (after a
      // heading marker at most) and holding no sentence is one of the report's own parts, whatever year it names.
      const yearLength = /\d{4}年度?$/.exec(text.slice(Math.max(0, at - 7), at))?.[0].length ?? 0;
      const ownPart = !scope && yearLength > 0 && OWN_KIND_LINES.includes(context) && namesOwnPartLine(text, at - yearLength, at + context.length, suffixes);
      const nameEnd = at - (scope || ownPart ? yearLength : 0);
      const suffix = suffixes.find((s) => text.startsWith(s, nameEnd - s.length)) ?? (kindEnding && text.startsWith(kindEnding, nameEnd - kindEnding.length) ? kindEnding : undefined);
      if (suffix) {
        const end = nameEnd;
        let start = end - suffix.length;
        while (start > 0 && end - start < MAX_NAME && isCjk(text[start - 1]) && !options.config.nameBreakChars.includes(text[start - 1]!)) start--;
        // 2024年度青山市… : the date before the name is not part of it.
        const dated = /^(年度|年)/.exec(text.slice(start, end));
        if (dated && start > 0 && text[start - 1]! >= '0' && text[start - 1]! <= '9') start += dated[0].length;
        // A heading marker glued before the name (第二部分绿春县图书馆, its blank lost; or its 部分 left where the name
        // reached its longest) is no part of it.
        const marker = HEADING_MARKER.exec(text.slice(start, end));
        if (marker && end - start - marker[0].length >= suffix.length + 2) start += marker[0].length;
        const candidate = text.slice(start, end);
        const counterpart = options.config.counterpartWords.some((w) => candidate.includes(w));
        // (A unit read by its kind is a name only with its place in it: 鹤川县第一初级中学, not 纳入供销合作总社.)
        const placed = suffix !== kindEnding || options.config.regionPrefixes.some((r) => candidate.slice(0, -suffix.length).includes(r));
        // A project's report (the name read from its title no body's: 农村饮水安全工程维修养护) names the bodies carrying it
        // out; one named by its level alone (县水务局, 市教育局: a region prefix and the body) is the own place's, no other
        // body's text (atext, dev 3044, 3076).
        const ownLevelBody = !deptIsBody && options.department !== null && options.department !== undefined && options.config.regionPrefixes.includes(candidate[0]!);
        if (placed && !ownLevelBody && candidate.length >= suffix.length + 2 && !seen.has(start) && !counterpart && !isSelf(candidate, options, core)) {
          seen.add(start);
          const names = [options.department, ...options.shortNames].filter((x): x is string => Boolean(x)).map((x) => `“${x}”`);
          out.push(
            finding({
              rule: 'entity-name',
              severity: severityOf(candidate),
              message: `本报告是${names[0] ?? '本单位'}的报告${names.length > 1 ? `（简称${names.slice(1).join('、')}）` : ''}，此处却写作“${candidate}”，疑为套用其他单位的文本`,
              evidence: [quoteSpan(facts, { start, end }), quoteSentenceAt(facts, start)],
            }),
          );
        }
      }
    }
  }
  return out.sort((a, b) => (a.evidence[0]!.start ?? 0) - (b.evidence[0]!.start ?? 0));
};

/** Per list of words: the indices of the words by their first character (one table a list, built once). */
const firstCharIndex = new WeakMap<readonly string[], { table: Uint8Array; byFirst: Map<number, number[]> }>();

/**
 * Where each of `words` stands in `text` from `from` on (every start, overlapping ones too), found in one walk over the
 * text: the self-context words are many (entities.json selfContextAfter), and a search per word walked the text as often.
 */
function contextHits(text: string, from: number, words: readonly string[]): number[][] {
  let index = firstCharIndex.get(words);
  if (!index) {
    const table = new Uint8Array(0x10000);
    const byFirst = new Map<number, number[]>();
    for (const [k, w] of words.entries()) {
      const c = w.charCodeAt(0);
      table[c] = 1;
      byFirst.set(c, [...(byFirst.get(c) ?? []), k]);
    }
    index = { table, byFirst };
    firstCharIndex.set(words, index);
  }
  const { table, byFirst } = index;
  const hits: number[][] = words.map(() => []);
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (table[c] === 0) continue;
    const list = byFirst.get(c)!;
    for (const k of list) if (text.startsWith(words[k]!, i)) hits[k]!.push(i);
  }
  return hits;
}

const OWN_KIND_LINES: readonly string[] = RULE_WORDS['entity-name'].ownKindLines;
/** A heading marker (第二部分, 三、, （三）) and blanks that may stand before a name opening a title line. */
const LINE_OPENER = /^\s*(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)?\s*$/;
/** data/audit/thresholds.json searchWindows.ownPartLineMax / ownPartMarkerMax. */
const TITLE_LINE_MAX = SEARCH_WINDOWS.ownPartLineMax;
const OWN_NAME_REACH = SEARCH_WINDOWS.ownNameReach;
const TITLE_MARKER_MAX = SEARCH_WINDOWS.ownPartMarkerMax;
const HEADING_MARKER = /^(?:(?:第[一二三四五六七八九十]{1,3})?部分|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)/;

/**
 * Whether the body name ending at `nameEnd` opens its line (after a heading marker at most) and the line, short and
 * without a sentence's punctuation, is a title (第二部分 某县图书馆2024年部门预算表), not prose about another body.
 */
function namesOwnPartLine(text: string, nameEnd: number, contextEnd: number, suffixes: readonly string[]): boolean {
  const suffix = suffixes.find((x) => text.startsWith(x, nameEnd - x.length));
  if (!suffix) return false;
  const lineStart = text.lastIndexOf('\n', nameEnd - 1) + 1;
  const lineEndAt = text.indexOf('\n', contextEnd);
  const line = text.slice(lineStart, lineEndAt === -1 ? text.length : lineEndAt);
  if (line.length > TITLE_LINE_MAX || /[。，；：,;:]/.test(line)) return false;
  // The name: CJK characters back from the suffix to the marker or the line start.
  let start = nameEnd - suffix.length;
  while (start > lineStart && isCjk(text[start - 1])) start--;
  return start - lineStart <= TITLE_MARKER_MAX && LINE_OPENER.test(text.slice(lineStart, start));
}

/** The longest start of `run` that ends with one of `endings` (a body's name read forward from a caption). */
function nameAtStart(run: string, endings: readonly string[]): string {
  for (let len = Math.min(run.length, MAX_TAIL); len >= 3; len--) {
    const s = run.slice(0, len);
    if (endings.some((w) => s.endsWith(w))) return s;
  }
  return '';
}

/**
 * Two places where only the report's own unit can stand, so any other body named there is a slip, whatever body it is
 * (a 人大 or 财政 office too, which beside ordinary budget words is read as a counterpart):
 * - a name followed by words only the own spending takes (X政府采购支出总额: rule-words.json entity-name.ownSpendingAfter),
 *   unless the sentence before the name names it as a counterpart or a higher body on purpose (拨付给X, 向X, 主管部门X:
 *   counterpartBefore right before it, higherBodyContext anywhere before it);
 * - a caption naming the compiling unit (编制单位：X, 单位名称：X: captionWords) — only when another caption of the text
 *   names the department, so that a text whose captions all use another form of its name (a full name beside a short
 *   title) is not read.
 * Precondition: the department is known and is a body's name (it ends with a body suffix or a unit ending). A text that
 * covers several bodies names its units' captions and purchases too: there a body other than the same body of another
 * region (岚州市交通运输局 for 岚峰县交通运输局) is a 提示.
 */
function ownOnlyPlaces(facts: Parameters<Rule>[0], options: RuleOptions): Finding[] {
  const department = options.department;
  if (!department) return [];
  const { regionPrefixes, nameBreakChars, entitySuffixes, entityNameVariant } = options.config;
  const endings = [...entitySuffixes, ...entityNameVariant.unitEndings];
  if (!endings.some((w) => department.endsWith(w))) return [];
  const core = coreName(department, regionPrefixes);
  const { text } = facts;
  const several = coversSeveralBodies(text);
  const severityOf = (candidate: string): Finding['severity'] => {
    if (!several) return 'error';
    return core !== department && candidate.endsWith(core) ? 'warning' : 'info';
  };
  const out: Finding[] = [];
  const report = (start: number, end: number, candidate: string, where: string, severity = severityOf(candidate)): void => {
    out.push(
      finding({
        rule: 'entity-name',
        severity,
        message: `本报告是“${department}”的报告，${where}却写作“${candidate}”，疑为套用其他单位的文本`,
        evidence: [quoteSpan(facts, { start, end }), quoteSentenceAt(facts, start)],
      }),
    );
  };
  const titleEnd = facts.title.titleSpan?.end ?? 0;
  const suffixes = [...entitySuffixes].sort((a, b) => b.length - a.length);
  for (const context of OWN_UNIT.ownSpendingAfter) {
    for (let at = text.indexOf(context, titleEnd); at !== -1 && out.length < 20; at = text.indexOf(context, at + context.length)) {
      const suffix = suffixes.find((s) => text.startsWith(s, at - s.length));
      if (!suffix) continue;
      let start = at - suffix.length;
      while (start > 0 && at - start < OWN_NAME_REACH && isCjk(text[start - 1]) && !nameBreakChars.includes(text[start - 1]!)) start--;
      // 2024年度X / 本年度X: the date before the name is not part of it.
      const dated = /^.*年度|^年/.exec(text.slice(start, at));
      if (dated && (dated[0] !== '年' || (start > 0 && text[start - 1]! >= '0' && text[start - 1]! <= '9'))) start += dated[0].length;
      // A long body name (县 + 妇幼保健计划生育服务中心) is read up to the longest tail of a name.
      if (at - start > MAX_TAIL) continue;
      const candidate = text.slice(start, at);
      if (candidate.length < suffix.length + 2 || isSelf(candidate, options, core)) continue;
      let from = start;
      while (from > 0 && !SENTENCE_END_CODES.has(text.charCodeAt(from - 1))) from--;
      const before = text.slice(from, start);
      if (OWN_UNIT.counterpartBefore.some((w) => before.endsWith(w)) || OWN_UNIT.higherBodyContext.some((w) => before.includes(w))) continue;
      // The purchases of the whole report are the department's even where it covers several bodies: never a 提示.
      report(start, at, candidate, `此处说明本单位${context}`, several ? 'warning' : 'error');
    }
  }
  const captions: { start: number; name: string; self: boolean }[] = [];
  const captionRe = new RegExp(`(?:${OWN_UNIT.captionWords.join('|')})[：:][ \\t　]*([\\u4e00-\\u9fff（）()]+)`, 'g');
  for (let m = captionRe.exec(text); m !== null && captions.length < 200; m = captionRe.exec(text)) {
    const name = nameAtStart(m[1]!, endings);
    if (name.length < 4) continue;
    captions.push({ start: m.index + m[0].length - m[1]!.length, name, self: isSelf(name, options, core) });
  }
  if (captions.some((c) => c.self)) {
    for (const c of captions) if (!c.self && out.length < 20) report(c.start, c.start + c.name.length, c.name, '表头编制单位');
  }
  return out;
}
