/**
 * ledger.summary-project-mismatch — a project entry whose 摘要 names a different project (its code, its name or
 * enough of its distinctive words) or a purpose unrelated to any project (礼品, 旅游 …: data/ledger/
 * project-match.json), while sharing no keyword with its own project. An ordinary 摘要 that merely does not
 * repeat the project's words (差旅费报销) is not a mismatch: that is how most reimbursements read.
 */
import type { Project } from '../../core/department-year.ts';
import { type Finding, finding } from '../../core/finding.ts';
import { type LedgerRule, prefixMatcher, wordAlternation, wordMatcher } from '../check-context.ts';
import { entryPath, type LedgerEntry, projectKeyOf, quoteSummary } from '../entry.ts';
import { withEvidence } from '../evidence-strength.ts';
import { bigramsOf, boundInWord, buildProjectProfile, type ProjectProfile, projectTexts, scoreSummary, withAbbreviations, withNameShortForms } from '../project-keywords.ts';
import { formatYuan } from '../format-money.ts';
import { basicProjectTest, unprojectedOnProjectItems } from '../basic-projects.ts';
import { reversedInFull, standsAsSpending } from '../reversals.ts';

/**
 * Another project the 摘要 names: by its name or code (`byName`), or by words; `payeeAndName` when by one word of
 * its name and the payee only (no word the two entries share: such a hit makes no twin of another).
 */
type OtherHit = { profile: ProjectProfile; why: string; byName: boolean; payeeAndName?: boolean };

/**
 * The place names a ledger's payees and departments begin with, before an administrative suffix (岑川 of 岑川县美居布艺店,
 * 湖南 and 长沙 of 湖南省长沙市…): the shortest run of at least two Han characters, at most `maxLength`, before one of
 * `suffixes`, read again after it.
 */
export function localPlaceNames(texts: readonly string[], suffixes: readonly string[], maxLength: number): Set<string> {
  const out = new Set<string>();
  if (suffixes.length === 0) return out;
  const at = new RegExp(`^(\\p{Script=Han}{2,${maxLength}}?)(?:${wordAlternation(suffixes)})`, 'u');
  for (const text of texts) {
    let rest = text.trim();
    for (let m = at.exec(rest); m; m = at.exec(rest)) {
      out.add(m[1]!);
      rest = rest.slice(m[0].length);
    }
  }
  return out;
}

/**
 * The unit's own area's names (localPlaceNames of its payees and departments), less those that are part of a work's
 * title in the ledger (岩口 of a county magazine 《岩口文艺》): there the name is the title's, a subject of its own.
 */
export function ownAreaNames(entries: readonly LedgerEntry[], suffixes: readonly string[], maxLength: number): Set<string> {
  const texts = new Set<string>();
  for (const e of entries) {
    if (e.payee) texts.add(e.payee);
    if (e.department) texts.add(e.department);
  }
  const names = localPlaceNames([...texts], suffixes, maxLength);
  if (names.size === 0) return names;
  const titles = new Set<string>();
  const read = (text: string | undefined) => {
    if (text?.includes('《')) for (const m of text.matchAll(/《([^《》]+)》/gu)) titles.add(m[1]!);
  };
  for (const e of entries) {
    read(e.summary);
    read(e.projectName);
  }
  for (const n of names) if ([...titles].some((t) => t.includes(n))) names.delete(n);
  return names;
}

/**
 * The title in book-title marks a project's name carries (《芙源文艺》 of 《芙源文艺》期刊编印), marks included, when it holds
 * at least two Han characters: a publication or a work, which a 摘要 writing it with its marks names as exactly as the
 * project's whole name.
 */
export function titleOf(name: string): string | undefined {
  const m = /《[^《》]*\p{Script=Han}[^《》]*\p{Script=Han}[^《》]*》/u.exec(name);
  return m?.[0];
}

/** A name ending in 项目 (its Han characters before the word). */
const NAMED_PROJECT = /(\p{Script=Han}{2,})项目/u;

/** A word that names a kind of cost (过路费, 维修款): it ends in 费 or 款. */
const COST_KIND = /[费款]$/u;

export const summaryProjectMismatch: LedgerRule = {
  id: 'ledger.summary-project-mismatch',
  title: '项目支出摘要与项目不符',
  check(entries, context) {
    const rules = context.rules.projectMatch;
    const stop = new Set(rules.stopwords);
    const minKeywords = rules.otherProject?.minKeywords ?? 2;
    const minLong = rules.otherProject?.minLongKeywordLength ?? 4;
    // A long word that begins or ends with a stopword (服务质量: 服务 + 质量) is as long as what remains of it: a
    // generic part makes no word distinctive.
    const generic2 = rules.stopwords.filter((w) => [...w].length >= 2).sort((a, b) => b.length - a.length);
    const coreOf = (word: string): string => {
      let core = word;
      for (const w of generic2) if (core.length > w.length && core.startsWith(w)) core = core.slice(w.length);
      for (const w of generic2) if (core.length > w.length && core.endsWith(w)) core = core.slice(0, -w.length);
      return core;
    };
    // A long word that begins or ends with a word of the own project's name (培训资料 on 干部教育培训) is as long as what
    // remains of it, as with a stopword: the own project's word makes no word distinctive of another project.
    const withoutOwnName = (word: string, ownName: string): string => {
      let core = word;
      for (let n = core.length - 1; n >= 2; n--) {
        if (ownName.includes(core.slice(0, n))) {
          core = core.slice(n);
          break;
        }
      }
      for (let n = core.length - 1; n >= 2; n--) {
        if (ownName.includes(core.slice(-n))) {
          core = core.slice(0, -n);
          break;
        }
      }
      return core;
    };
    const minUses = rules.otherProject?.minUsesOfOneWord;
    const minNamed = rules.otherProject?.minNamedProjectLength;
    const minPayeeWord = rules.otherProject?.minPayeeKeywordLength;
    const minRun = rules.otherProject?.minSharedRunLength;
    const clauseVerbs = rules.otherProject?.clauseVerbs ?? [];
    // A word that names a room or hall at each of its places in the 摘要 (评标 of 评标室): a place, where several projects
    // may work (the hall's renovation, the panel's sessions), no subject of one (roomNouns).
    const roomNouns = rules.roomNouns?.words ?? [];
    const namesRoom = (text: string, k: string): boolean => {
      let at = text.indexOf(k);
      if (at < 0 || roomNouns.length === 0) return false;
      for (; at >= 0; at = text.indexOf(k, at + 1)) if (!roomNouns.some((n) => text.startsWith(n, at + k.length))) return false;
      return true;
    };
    const namedLeading = [...(context.rules.classification.projectSiteCosts?.leadingWords ?? []), ...(rules.transactionWords?.words ?? [])].sort(
      (a, b) => b.length - a.length,
    );
    // A purpose word that is a programme's or a campaign's subject (《出境旅游安全提示》专题节目, 旅游宣传) names no purpose.
    const asSubject = subjectMasker(rules.unrelatedPurposeWords?.subjectMarkers, [
      ...(rules.unrelatedPurposeWords?.words ?? []),
      ...(rules.unrelatedPurposeWords?.strongWords ?? []),
    ]);
    const functionPurposes = (rules.functionPurposes?.items ?? []).map((i) => ({ word: wordMatcher(i.words), words: i.words, inFunction: prefixMatcher(i.functions) }));
    const functionPurpose = (entry: LedgerEntry, ownName: string): string | undefined => {
      for (const f of functionPurposes) {
        const w = f.word(entry.summary);
        if (w === undefined || f.inFunction(entry.functionCode) !== undefined || f.words.some((x) => ownName.includes(x))) continue;
        return w;
      }
      return undefined;
    };
    const unrelatedWord = wordMatcher(rules.unrelatedPurposeWords?.words ?? []);
    const unrelated = (summary: string) => unrelatedWord(asSubject(summary));
    const unrelatedExcept = prefixMatcher(rules.unrelatedPurposeWords?.exceptEconomic ?? []);
    const strongWord = wordMatcher(rules.unrelatedPurposeWords?.strongWords ?? []);
    const strongUnrelated = (summary: string) => strongWord(asSubject(summary));
    const servedPeople = wordMatcher(context.rules.classification.servedPeopleWords?.words ?? []);
    // A routine word about the unit's own staff (classification.personnelWords: 慰问品) in a 摘要 that names the staff
    // (staffWords: 职工) is staff welfare, basic spending: ledger.basic-on-project reports it; one problem, one finding.
    const personnelWords = new Set(context.rules.classification.personnelWords?.words ?? []);
    const namesStaff = wordMatcher(rules.unrelatedPurposeWords?.staffWords ?? []);
    const staffWelfare = (word: string, summary: string): boolean => personnelWords.has(word) && namesStaff(summary) !== undefined;
    // A gift word whose two characters the project's name carries (慰问 of 春节慰问困难群众) is the project's purpose.
    const nameCarries = (name: string, word: string): boolean => {
      for (let i = 0; i + 2 <= word.length; i++) if (name.includes(word.slice(i, i + 2))) return true;
      return false;
    };
    const abbreviations = rules.abbreviations?.pairs;
    const sector = new Set(rules.sectorWords?.words ?? []);
    const workKind = new Set(rules.workKindWords?.words ?? []);
    const transaction = new Set(rules.transactionWords?.words ?? []);
    const transferName = wordMatcher(rules.transferProjects?.nameWords ?? []);
    const transferClass = prefixMatcher(rules.transferProjects?.economic ?? ['']);
    // Relief work's goods and services (宣传, 志愿者餐, 物资转运) are the fund's; the unit's own running is not.
    const reliefWorkClass = prefixMatcher(rules.transferProjects?.workEconomic ?? []);
    const unitOffice = wordMatcher(context.rules.classification.projectSiteCosts?.unitOfficeWords ?? []);
    const projects = context.departmentYear?.projects ?? [];
    const byKey = new Map<string, Project>();
    for (const p of projects) {
      if (p.code) byKey.set(p.code, p);
      byKey.set(p.name, p);
    }
    // Where a project works (白石 and 水库 of 白石水库除险加固): a geographic noun of its name and the word before it.
    // Another project may work at the same place (白石水库汛期值守 on a flood-control project), so such words name
    // no project by themselves.
    const placeNouns = new Set(rules.placeNouns?.words ?? []);
    const placeWordsMemo = new Map<string, Set<string>>();
    const placeWordsOf = (name: string): Set<string> => {
      let out = placeWordsMemo.get(name);
      if (out) return out;
      out = new Set<string>();
      const tokens = context.segment(name).map((t) => t.trim()).filter((t) => t !== '');
      tokens.forEach((t, i) => {
        const noun = [...placeNouns].find((n) => t === n || (t.endsWith(n) && [...t].length > [...n].length));
        if (noun === undefined) return;
        out!.add(t);
        if (t === noun && i > 0) out!.add(tokens[i - 1]!);
      });
      placeWordsMemo.set(name, out);
      return out;
    };
    const profiles = new Map<string, ProjectProfile & { code?: string }>();
    const build = (key: string, project: Project | undefined, entryName: string | undefined) => {
      let profile = profiles.get(key);
      if (profile) return profile;
      const name = project?.name ?? entryName ?? key;
      const extra = [
        ...(rules.projectKeywords.byProject[key] ?? []),
        ...(project?.ledgerKeywords ?? []),
        ...(context.projectKeywords?.[key] ?? []),
        ...(project && project.name !== key ? (context.projectKeywords?.[project.name] ?? []) : []),
      ];
      const texts = projectTexts(project, name).map((t) => withAbbreviations(t, abbreviations));
      if (entryName && !texts.includes(entryName)) texts.push(withAbbreviations(entryName, abbreviations));
      profile = { ...buildProjectProfile(key, name, texts, extra, rules, context.segment), ...(project?.code ? { code: project.code } : {}) };
      profiles.set(key, profile);
      return profile;
    };
    const profileOf = (entry: LedgerEntry, key: string) =>
      build(key, (entry.projectCode && byKey.get(entry.projectCode)) || (entry.projectName && byKey.get(entry.projectName)) || undefined, entry.projectName);
    // Every project the year knows: those of the department-year and those entries are charged to.
    for (const p of projects) build(p.code || p.name, p, undefined);
    for (const e of entries) {
      const key = projectKeyOf(e);
      if (e.nature === 'project' && key) profileOf(e, key);
    }
    const all = [...profiles.values()];
    // Each project's vocabulary as the ledger itself uses it: the words of the 摘要 charged to it (智慧课堂 on the
    // 信息化 project), less the unit's general vocabulary (the words of basic entries: staff, cities, routine items).
    const summaryWords = new Map<string, string[]>();
    const wordsOf = (summary: string): string[] => {
      let words = summaryWords.get(summary);
      if (!words) {
        words = [...new Set(context.segment(summary).map((w) => w.trim()))].filter(
          (w) => [...w].length >= 2 && !stop.has(w) && !sector.has(w) && /^[\p{Script=Han}A-Za-z]+$/u.test(w),
        );
        summaryWords.set(summary, words);
      }
      return words;
    };
    // The unit's general vocabulary: routine cost words and its office's names are nobody's project.
    const general = new Set<string>([
      ...context.rules.classification.routineSummaryWords.words,
      ...(context.rules.classification.projectSiteCosts?.unitOfficeWords ?? []),
      // What was done with the money (租用, 采购, 印制 …), not what for.
      ...(rules.transactionWords?.words ?? []),
      // Where an event was held (宾馆, 会议中心): any project's course or meeting may be there.
      ...(rules.venueWords?.words ?? []),
      // The unit's own area (岑川 of 岑川县…): every project of the unit works there.
      ...(rules.localPlaces ? ownAreaNames(entries, rules.localPlaces.suffixes, rules.localPlaces.maxNameLength) : []),
    ]);
    const usedBy = new Map<string, Map<string, number>>();
    // Counted per distinct (project, 摘要) first: a year repeats the same 摘要 every month.
    // Basic trips, meetings, courses and receptions (赴省参加卫生监督执法培训差旅费) name the unit's work — the projects'
    // topics — not its routine running: their words stay evidence of the project whose entries use them.
    const purposeClass = prefixMatcher(rules.otherProject?.purposeEconomic ?? []);
    const basicSummaries = new Set<string>();
    const basicPurposeSummaries = new Set<string>();
    const perProject = new Map<string, Map<string, number>>();
    // The economic classes of each project's entries of one 摘要 (key NUL 摘要), for usedInKinds.
    const kindsBySummary = new Map<string, Set<string>>();
    // An entry read as basic only for naming no project, on a function item the ledger uses for projects (ledger.nature-
    // inconsistent reports it), is doubtful as the unit's running: its words are not the unit's general vocabulary.
    const unprojected = unprojectedOnProjectItems(entries, context);
    // So is a basic entry carrying a project that is no basic one (服务器维保 of the platform project booked on 基本支出:
    // ledger.nature-inconsistent reports it): its words are that project's work, not the unit's running.
    const isBasicProject = basicProjectTest(entries, context);
    for (const e of entries) {
      const key = projectKeyOf(e);
      if (unprojected.has(e)) continue;
      if (e.nature !== 'project' && key && !isBasicProject(e)) continue;
      if (e.nature !== 'project' || !key) {
        (purposeClass(e.economicCode) === undefined ? basicSummaries : basicPurposeSummaries).add(e.summary);
        continue;
      }
      const bySummary = perProject.get(key) ?? new Map<string, number>();
      perProject.set(key, bySummary);
      bySummary.set(e.summary, (bySummary.get(e.summary) ?? 0) + 1);
      const kinds = kindsBySummary.get(`${key}\u0000${e.summary}`) ?? new Set<string>();
      kindsBySummary.set(`${key}\u0000${e.summary}`, kinds.add(e.economicCode));
    }
    for (const s of basicSummaries) for (const w of wordsOf(s)) general.add(w);
    // A project's own trip or meeting (赴省参加…培训差旅费 on a project) is read against all of the unit's basic
    // entries: an ordinary reimbursement names the topic the unit's basic trips name too, and is no mismatch.
    const generalForPurpose = new Set(general);
    for (const s of basicPurposeSummaries) for (const w of wordsOf(s)) generalForPurpose.add(w);
    /** word → project → the economic classes of that project's entries writing it (what kinds of spending name it). */
    const usedInKinds = new Map<string, Map<string, Set<string>>>();
    for (const [key, bySummary] of perProject) {
      for (const [s, n] of bySummary) {
        for (const w of wordsOf(s)) {
          const counts = usedBy.get(w) ?? new Map<string, number>();
          usedBy.set(w, counts);
          counts.set(key, (counts.get(key) ?? 0) + n);
          const kinds = usedInKinds.get(w) ?? new Map<string, Set<string>>();
          usedInKinds.set(w, kinds);
          const set = kinds.get(key) ?? new Set<string>();
          kinds.set(key, set);
          for (const k of kindsBySummary.get(`${key}\u0000${s}`) ?? []) set.add(k);
        }
      }
    }
    // Who each project pays (收款人/往来单位), counted per entry; basic entries under the key ''.
    const payeesBy = new Map<string, Map<string, number>>();
    for (const e of entries) {
      const payee = e.payee?.trim();
      if (!payee) continue;
      const key = e.nature === 'project' ? (projectKeyOf(e) ?? '') : '';
      const counts = payeesBy.get(payee) ?? new Map<string, number>();
      payeesBy.set(payee, counts);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    /**
     * The entry's payee is a supplier of that project only: paid by its entries, by no basic entry and by no other
     * entry of the own project (县兽药经营部, the disease-control project's supplier, paid once from the machinery
     * subsidy). One more piece of evidence beside a word only that project's entries use — never enough alone.
     */
    // A supplier of a trade every kind of work buys from (a printer, an advertising or signage firm, a stationer:
    // otherProject.generalSupplierWords) paid by one project only is the ledger's chance, no tie to that project's work.
    const generalSupplier = wordMatcher(rules.otherProject?.generalSupplierWords ?? []);
    const payeeOf = (entry: LedgerEntry, key: string, other: string): boolean => {
      if (entry.payee && generalSupplier(entry.payee) !== undefined) return false;
      const counts = entry.payee ? payeesBy.get(entry.payee.trim()) : undefined;
      if (!counts || (counts.get(other) ?? 0) === 0) return false;
      return [...counts].every(([k, n]) => k === other || (k === key && n === 1));
    };
    /**
     * The 摘要 holds a word that other entries of its own project use and no entry of the other project does, and that
     * is no general, stop or sector word of the unit: the ledger's vocabulary ties the entry to its own project.
     */
    const usesOwnVocabulary = (entry: LedgerEntry, key: string, otherKey: string): boolean =>
      wordsOf(entry.summary).some((w) => !general.has(w) && (usedBy.get(w)?.get(key) ?? 0) > 1 && (usedBy.get(w)?.get(otherKey) ?? 0) === 0);
    /**
     * Another project whose own entries use this 摘要's words, which no other entry of its own project uses. When
     * the words occur in just one entry of each of two projects, both entries are flagged: the ledger alone cannot
     * say which of the two is misplaced.
     */
    const usesIn = (projectKey: string, k: string, except: string): number => {
      let n = 0;
      for (const [s, m] of perProject.get(projectKey) ?? []) if (s.includes(k)) n += s === except ? m - 1 : m;
      return n;
    };
    /** Whether another 摘要 of the project (not this one repeated) writes the word. */
    const writtenByOwnOthers = (k: string, projectKey: string, summary: string): boolean =>
      [...(perProject.get(projectKey)?.keys() ?? [])].some((s) => s !== summary && s.includes(k));
    const looseFragment = (k: string, own: ProjectProfile, summary: string, except: string, key: string): boolean => {
      const longer = own.keywords.filter((o) => o !== k && o.includes(k));
      if (longer.length === 0 || longer.some((o) => summary.includes(o))) return false;
      let others = 0;
      for (const other of perProject.keys()) if (other !== key) others += usesIn(other, k, except);
      return others > usesIn(key, k, except);
    };
    const writtenBareByOwn = (k: string, entry: LedgerEntry, key: string): boolean => {
      const ownKeywords = profileOf(entry, key).keywords;
      return [...(perProject.get(key) ?? new Map<string, number>())].some(
        ([s, n]) => (s !== entry.summary || n > 1) && s.includes(k) && !ownKeywords.some((o) => s.includes(o)),
      );
    };
    // Routine cost words, the unit's office and what was done (采购, 维修) tie nothing; basic 摘要 are weighed by count.
    const unitVocabulary = new Set<string>([
      ...context.rules.classification.routineSummaryWords.words,
      ...(context.rules.classification.projectSiteCosts?.unitOfficeWords ?? []),
      ...(rules.transactionWords?.words ?? []),
    ]);
    const ownPair = (summary: string, key: string, otherKey: string, ownName: string): boolean => {
      for (let i = 0; i + 2 <= summary.length; i++) {
        const pair = summary.slice(i, i + 2);
        // The own name's characters (统计 of 统计执法检查, 巡查 of 森林防火巡查) were weighed as its words already.
        if (!/^\p{Script=Han}{2}$/u.test(pair) || stop.has(pair) || unitVocabulary.has(pair) || ownName.includes(pair)) continue;
        const own = usesIn(key, pair, summary);
        if (own >= 2 && usesIn(otherKey, pair, '') === 0 && basicTexts.filter((t) => t.includes(pair)).length < own) return true;
      }
      return false;
    };
    // The word with a neighbouring character of the 摘要 (生监督 of 卫生监督) written by that project's name or its entries.
    const inNameRun = (summary: string, k: string, p: ProjectProfile): boolean => {
      const texts = [p.name, ...(perProject.get(p.key)?.keys() ?? [])];
      for (let at = summary.indexOf(k); at >= 0; at = summary.indexOf(k, at + 1)) {
        const runs = [at > 0 ? summary.slice(at - 1, at + k.length) : '', at + k.length < summary.length ? summary.slice(at, at + k.length + 1) : ''];
        if (runs.some((r) => /^\p{Script=Han}+$/u.test(r) && texts.some((t) => t.includes(r)))) return true;
      }
      return false;
    };
    // A word written right before a noun of a kind of body (投资 of 外商投资企业, 工业 of 规上工业企业: bodyNouns) names the kind
    // of enterprise or body the entry deals with (a survey of them, a service to them), not the work of the project whose
    // entries write the word (投资环境宣传推介): alone, it names no project. So does one right before a piece of furniture
    // (专家 of 专家接待台: objectNouns): who uses the thing bought.
    const bodyNouns = [...(rules.otherProject?.bodyNouns ?? []), ...(rules.otherProject?.objectNouns ?? [])];
    const qualifiesBody = (summary: string, k: string): boolean => {
      for (let at = summary.indexOf(k); at >= 0; at = summary.indexOf(k, at + 1)) {
        const after = summary.slice(at + k.length);
        if (!bodyNouns.some((n) => after.startsWith(n))) return false;
      }
      return bodyNouns.length > 0 && summary.includes(k);
    };
    // A word written right before the thing the own project is about names a kind of that thing (压缩 of 垃圾压缩车 on
    // 环卫车辆及设备更新: a compactor truck is one of its vehicles), not the other project's work (压缩设备 of a transfer
    // station): the character after it is one of the own project's name, which the own project's other entries write at
    // least twice, and which no entry of the other project writes right after the word.
    const qualifiesOwnThing = (summary: string, w: string, key: string, ownName: string, otherKey: string): boolean => {
      for (let at = summary.indexOf(w); at >= 0; at = summary.indexOf(w, at + 1)) {
        const c = summary[at + w.length];
        if (c === undefined || !/\p{Script=Han}/u.test(c) || !ownName.includes(c) || stop.has(c)) continue;
        if (usesIn(key, c, summary) < 2) continue;
        if ([...(perProject.get(otherKey)?.keys() ?? [])].some((s) => s.includes(w + c))) continue;
        return true;
      }
      return false;
    };
    const learnedOther = (entry: LedgerEntry, key: string, kindTie = false): OtherHit | undefined => {
      // A word made of the own project's name's characters is a short form of it (救灾 of 自然灾害救助, 河长 of 河湖长制).
      const ownName = profileOf(entry, key).name;
      // Not a part of a longer word of the 摘要 (教学 of 教学楼 is the building's, no short form of 教育|学生).
      const summaryTokens = context.segment(entry.summary).map((w) => w.trim());
      const shortForm = (w: string) => [...w].every((ch) => ownName.includes(ch)) && !boundInWord(w, summaryTokens);
      const unitWords = purposeClass(entry.economicCode) === undefined ? general : generalForPurpose;
      const words = wordsOf(entry.summary).filter((w) => !unitWords.has(w) && !shortForm(w));
      // A 摘要 sharing a kind of work with its own project's name (监测: workKindWords) is still that much tied to it:
      // only two words or a long one of another project's vocabulary outweigh it, never one habitual word or a payee.
      const tiedToOwn = kindTie || wordsOf(entry.summary).some((w) => !unitWords.has(w) && shortForm(w));
      // A long word is that project's when its entries use it twice or it holds a word of that project's name: one entry's
      // word (绩效评价 of a visiting 绩效评价组 fed on a road project) names that entry's occasion, not the project's subject.
      const ownedBy = (k: string, p: ProjectProfile): boolean => (usedBy.get(k)?.get(p.key) ?? 0) >= 2 || p.keywords.some((n) => [...n].length >= 2 && k.includes(n));
      // Words that other entries of its own project use (the entry itself counts once) tie it to its project —
      // unless another project's entries use them more often (篮球 of a school's training and of a league).
      const ownWords = words.filter((w) => (usedBy.get(w)?.get(key) ?? 0) > 1);
      for (const p of all) {
        if (p.key === key) continue;
        // A place both projects work at (白石水库) ties the entry to neither.
        const places = placeWordsOf(p.name);
        if (ownWords.some((w) => !places.has(w) && (usedBy.get(w)?.get(key) ?? 0) - 1 >= (usedBy.get(w)?.get(p.key) ?? 0))) continue;
        // So do the characters of such a word where jieba finds none (院民 of 春节院民及孤儿年夜饭, cut 院|民): a pair of
        // characters (not of the own name) at least two other entries of the own project write, no entry of that project, and fewer of the
        // unit's basic 摘要 than of the own project's (a welfare home's 院民: its basic lines name them now and then, its
        // 特困供养 project's lines again and again).
        if (ownPair(entry.summary, key, p.key, ownName)) continue;
        // Words only that project uses (besides this entry): 检查 or 差旅费 in several projects' entries say nothing.
        // A fragment of a longer word of the 摘要 (农民 of 返乡农民工) that project's entries never write names that word's
        // thing, not that project's (农民 of 高素质农民培育): a migrant worker is no farmer trained. Alone (a habitual word)
        // it names nothing; beside another word of that project (尿检 and 试剂 of 尿检试剂盒) it still counts.
        const boundElsewhere = (w: string) =>
          summaryTokens.some(
            (o) => o.length > w.length && o.includes(w) && !summaryTokens.includes(o.replace(w, '')) && (usedBy.get(o)?.get(p.key) ?? 0) === 0,
          );
        const found = words.filter((w) => {
          const counts = usedBy.get(w);
          return (
            (counts?.get(p.key) ?? 0) > 0 &&
            !qualifiesOwnThing(entry.summary, w, key, ownName, p.key) &&
            [...(counts?.keys() ?? [])].every((k) => k === p.key || k === key) &&
            // A word the own project's other entries write again and again (城区 of 城区护栏维修, 更换城区破损窨井盖 on
            // 市政设施维护 and of 城区道路清扫保洁 on 城区环境卫生保洁) is the vocabulary of both: where their work lies, no
            // subject of that project's — it ties the entry to neither (more uses by that project do not make it its own).
            (counts?.get(key) ?? 0) - 1 < 2 &&
            // A kind of cost (过路费, 租赁费: a word ending in 费 or 款) says how the money was spent, not on whose work —
            // as sharedRun cuts a trailing 费 or 款 off.
            !COST_KIND.test(w)
          );
        });
        const distinct = found.filter((k) => !found.some((o) => o !== k && o.includes(k)));
        // No learned word, but the payee is that project's supplier only and the 摘要 names a word of that project's
        // name its entries use again and again — not the own project's, no sector or place word (交通 of 道路交通安全…
        // in 城区路口交通信号灯维护, paid from the drug project to the traffic project's sign supplier): two facts.
        if (distinct.length === 0 && minPayeeWord !== undefined && minUses !== undefined && !tiedToOwn && purposeClass(entry.economicCode) === undefined && payeeOf(entry, key, p.key)) {
          const nameWord = p.keywords.find(
            (k) =>
              [...k].length >= 2 &&
              !sector.has(k) &&
              !places.has(k) &&
              !stop.has(k) &&
              !ownName.includes(k) &&
              entry.summary.includes(k) &&
              (usedBy.get(k)?.get(p.key) ?? 0) >= minUses &&
              (usedBy.get(k)?.get(key) ?? 0) <= 1,
          );
          if (nameWord !== undefined) return { profile: p, why: `项目名称中的“${nameWord}”及其收款人“${entry.payee}”`, byName: false, payeeAndName: true };
        }
        if (distinct.every((k) => places.has(k))) continue;
        // One word of that project's name that its entries use again and again (执法 of 生态环境执法监管, in 36
        // entries), which no other entry of the own project uses, when nothing in the 摘要 ties it to its own project.
        // Not for a trip, meeting, course or reception (purposeEconomic): one word of another project's work in an
        // ordinary reimbursement (赴省参加执法业务培训差旅费) says what the trip was about, not whose money paid it.
        const habitual =
          minUses !== undefined &&
          !tiedToOwn &&
          purposeClass(entry.economicCode) === undefined &&
          distinct.some(
            (k) =>
              (usedBy.get(k)?.get(p.key) ?? 0) >= minUses &&
              // Habitual of that project only: no other entry of the own project writes it bare, naming nothing of its
              // own project either (履职 in 委员履职补助 and 委员履职风采展板 of 提案办理及参政议政: the own project's word
              // too). An own entry naming its own project beside it (污水处理站执法检查) qualifies its own subject.
              !writtenBareByOwn(k, entry, key) &&
              !sector.has(k) &&
              // A kind of work (整治, 监督: workKindWords) names that project only with a neighbouring character its name or
              // entries write beside it (卫生监督 of that project's 卫生监督抽检 in 公共场所卫生监督量化分级公示牌), not alone
              // (广告牌整治 beside 城区环境卫生整治's 占道整治).
              (!workKind.has(k) || inNameRun(entry.summary, k, p)) &&
              !boundElsewhere(k) &&
              !qualifiesBody(entry.summary, k) &&
              (p.keywords.includes(k) || p.keywords.some((n) => n !== k && !sector.has(n) && !general.has(n) && entry.summary.includes(n))),
          );
        // A kind of work (宣传: workKindWords) is no subject word of that project: it counts toward none of the two.
        if (distinct.filter((k) => !workKind.has(k)).length >= minKeywords || distinct.some((k) => [...coreOf(withoutOwnName(k, ownName))].length >= minLong && ownedBy(k, p)) || habitual) {
          return { profile: p, why: `账中该项目分录所用的词“${distinct.join('、')}”`, byName: false };
        }
        // One such word, and the payee is that project's supplier (not for a trip, meeting, course or reception).
        if (
          minPayeeWord !== undefined &&
          distinct.length === 1 &&
          [...distinct[0]!].length >= minPayeeWord &&
          minKeywords === 2 &&
          !tiedToOwn &&
          purposeClass(entry.economicCode) === undefined &&
          !sector.has(distinct[0]!) &&
          payeeOf(entry, key, p.key)
        ) {
          return { profile: p, why: `账中该项目分录所用的词“${distinct[0]}”及其收款人“${entry.payee}”`, byName: false };
        }
      }
      if (minRun !== undefined && !tiedToOwn && purposeClass(entry.economicCode) === undefined) {
        const run = sharedRun(entry, key);
        if (run) return run;
      }
      return undefined;
    };
    /**
     * A run of characters (坑槽修补 of X035线路面坑槽修补) that another project's entries repeat (at least
     * minUsesOfOneWord of them) and that no other entry of the own project, no basic entry and no third project's entry
     * holds: the words jieba finds differ with the context (面坑, 槽 in one 摘要, 坑, 槽 in another), the characters do
     * not. What was done, the kind of cost and stopwords at its ends (采购, 服务费, 服务, a trailing 费 or 款 are cut
     * off: 技术服务费 is how many projects pay; 修补 inside 坑槽修补 stays) do not count toward its length; it must keep a word that is no general,
     * stop or sector word.
     */
    const basicTexts = [...basicSummaries, ...basicPurposeSummaries];
    const costEdges = [...new Set([...(rules.transactionWords?.words ?? []), ...stop, '费', '款'])].sort((a, b) => b.length - a.length);
    const trimRun = (run: string): string => {
      for (let before = ''; before !== run; ) {
        before = run;
        for (const w of costEdges) {
          if (run.endsWith(w)) run = run.slice(0, -w.length);
          if (run.startsWith(w)) run = run.slice(w.length);
        }
      }
      return run;
    };
    const sharedRun = (entry: LedgerEntry, key: string): OtherHit | undefined => {
      const text = entry.summary;
      // The own project's other entries — the same 摘要 written again (旅游安全检查劳务费 each quarter) among them: a run
      // the own project repeats is its own vocabulary as much as the other project's.
      const ownOthers = [...(perProject.get(key) ?? new Map<string, number>())].filter(([s, n]) => s !== text || n > 1).map(([s]) => s);
      for (const p of all) {
        if (p.key === key) continue;
        const theirs = perProject.get(p.key);
        if (!theirs) continue;
        for (let i = 0; i < text.length; i++) {
          for (let j = text.length; j - i >= minRun!; j--) {
            const run = text.slice(i, j);
            if (!/^\p{Script=Han}+$/u.test(run) || [...trimRun(run)].length < minRun!) continue;
            let uses = 0;
            for (const [s, n] of theirs) if (s.includes(run)) uses += n;
            if (uses < (minUses ?? 3)) continue;
            if (ownOthers.some((s) => s.includes(run)) || basicTexts.some((s) => s.includes(run))) continue;
            if ([...perProject].some(([k, m]) => k !== key && k !== p.key && [...m.keys()].some((s) => s.includes(run)))) continue;
            // A kind of work (监督检查, workKindWords) and a kind of work with what it made (宣传|横幅) name no subject: every
            // project of the unit inspects and publicises.
            const segs = context.segment(trimRun(run)).map((w) => w.trim()).filter((w) => w !== '');
            const kindAndObject = segs.length === 2 && workKind.has(segs[0]!);
            const telling = !kindAndObject && segs.some((w) => [...w].length >= 2 && !general.has(w) && !stop.has(w) && !sector.has(w) && !workKind.has(w));
            if (!telling) continue;
            return { profile: p, why: `账中该项目分录反复使用的“${run}”`, byName: false };
          }
        }
      }
      return undefined;
    };
    /**
     * A project whose own name carries 项目 followed by more than a funding word (重大项目前期工作经费, 以工代赈项目管理
     * 工作经费; not 农村公路建设项目经费) works on projects — prepares, reviews or manages them: an X项目 its 摘要 names is
     * the object of that work (otherProject.fundingWords).
     */
    const fundingTail = new RegExp(`(?:${wordAlternation(rules.otherProject?.fundingWords ?? ['经费', '资金'])})$`, 'u');
    const worksOnProjects = (name: string): boolean => {
      const at = name.indexOf('项目');
      if (at < 0) return false;
      const tail = name.slice(at + 2).replace(/[（(【[].*$/u, '').replace(fundingTail, '');
      return /\p{Script=Han}/u.test(tail);
    };
    /**
     * A project the 摘要 names by a name ending in 项目 (高标准农田建设项目竣工验收) that shares nothing — not one
     * character pair — with its own project's name, content and the 摘要 of its other entries: the money went to
     * another project, whether or not the ledger has it. A sub-project of its own (某村道路硬化项目 on 农村公路建设)
     * shares the words its other entries use.
     */
    const namedElsewhere = (entry: LedgerEntry, key: string): OtherHit | undefined => {
      if (minNamed === undefined || worksOnProjects(entry.projectName ?? '')) return undefined;
      const m = NAMED_PROJECT.exec(entry.summary);
      if (!m) return undefined;
      let name = m[1]!;
      for (let before = ''; before !== name; ) {
        before = name;
        for (const w of namedLeading) if (name.startsWith(w)) name = name.slice(w.length);
      }
      // A clause before the name (赴乡镇开展招投标项目后评估: a trip, then what was done) is no part of it: the name
      // begins after its last verb of action (otherProject.clauseVerbs).
      for (const v of clauseVerbs) {
        const at = name.lastIndexOf(v);
        if (at >= 0) name = name.slice(at + v.length);
      }
      if ([...name].length < minNamed) return undefined;
      const own = profileOf(entry, key);
      const ownPairs = new Set(own.bigrams);
      for (const [s] of perProject.get(key) ?? []) if (s !== entry.summary) for (const b of bigramsOf(s, stop)) ownPairs.add(b);
      const pairs = [...bigramsOf(name, stop)];
      if (pairs.length < 2 || pairs.some((b) => ownPairs.has(b))) return undefined;
      const named = `${name}项目`;
      return { profile: { key: named, name: named, keywords: [], bigrams: new Set(pairs) }, why: `项目名称“${named}”`, byName: true };
    };
    const sameProject = (a: ProjectProfile, b: ProjectProfile) => a.key === b.key || a.name === b.name;
    /**
     * A word of project `p`'s name that a third project's name carries too (委员 of 委员视察调研 and of 政协委员之家建设,
     * beside 政协委员履职能力培训): it tells `p` from neither, as a sector word tells no project of a department — only
     * the words of `p`'s name no other project's name holds (履职) are `p`'s.
     */
    const sharedByThird = (k: string, p: ProjectProfile, own: ProjectProfile): boolean =>
      all.some((q) => !sameProject(q, p) && !sameProject(q, own) && q.name.includes(k));
    /**
     * A word that many of the unit's project names carry (委员 and 政协 in three of a 政协 office's six: `commonNameWords`)
     * names the unit's line of work, as a sector word does, not one project: it counts toward none.
     */
    const common = rules.otherProject?.commonNameWords;
    const commonMemo = new Map<string, boolean>();
    const commonName = (k: string): boolean => {
      if (!common) return false;
      let out = commonMemo.get(k);
      if (out !== undefined) return out;
      const n = all.filter((q) => q.name.includes(k)).length;
      out = n >= common.minNames && n * 100 >= common.minPercent * all.length;
      // A word made of two such words (政协委员: 政协 + 委员) is one too.
      for (let i = 2; !out && i + 2 <= k.length; i++) out = commonName(k.slice(0, i)) && commonName(k.slice(i));
      commonMemo.set(k, out);
      return out;
    };
    /**
     * A run of another project's name in the 摘要 (雨露计划 of 雨露计划及就业帮扶补助), at least minLongKeywordLength
     * characters, that holds a word of that name which is nobody's general vocabulary and not its own project's
     * (雨露): the 摘要 names that project by the head of its name. A run made of generic words only (提升行动, 工作经费)
     * or of sector and place words names nothing.
     */
    const workKindRun = workKind.size > 0 ? new RegExp(wordAlternation([...workKind]), 'gu') : undefined;
    const kindOfOwn = (k: string, ownName: string): boolean => {
      if (!workKindRun) return false;
      const rest = k.replace(workKindRun, '');
      return rest !== k && rest !== '' && ownName.includes(rest);
    };
    // Whether a word of the segmenter (search mode) runs across either end of text[start, end): the run then cuts that
    // word (人防指挥 of 人防指挥所, 民族传统 of 少数民族传统).
    const cutsWord = (text: string, start: number, end: number): boolean =>
      context.segment(text).some((w) => {
        if (w.length < 2) return false;
        for (let a = text.indexOf(w); a >= 0; a = text.indexOf(w, a + 1)) {
          const b = a + w.length;
          if ((a < start && b > start) || (a < end && b > end)) return true;
        }
        return false;
      });
    // The longest word of the segmenter (two Han characters or more) that begins at `at` in text, or ends at `end`.
    const wordFrom = (text: string, at: number): string | undefined =>
      context
        .segment(text)
        .filter((w) => /^\p{Script=Han}{2,}$/u.test(w) && text.startsWith(w, at))
        .sort((x, y) => y.length - x.length)[0];
    const wordTo = (text: string, end: number): string | undefined =>
      context
        .segment(text.slice(0, end))
        .filter((w) => /^\p{Script=Han}{2,}$/u.test(w) && text.slice(0, end).endsWith(w))
        .sort((x, y) => y.length - x.length)[0];
    // A word naming a thing: no stop, transaction, work-kind or funding word, and no kind of cost (服务费).
    const funding = new Set(rules.otherProject?.fundingWords ?? []);
    const thingWord = (w: string | undefined): w is string =>
      w !== undefined && !stop.has(w) && !transaction.has(w) && !workKind.has(w) && !funding.has(w) && !COST_KIND.test(w);
    /**
     * The run only qualifies the thing another project is about: its last word (履职 of 政协委员履职) is followed by
     * one same thing word (服务平台) in that project's name and wherever that project's entries write it — at least
     * `minUsesOfOneWord` of them, none otherwise (委员履职服务平台运维服务费 every month) — and the 摘要 writes another
     * thing after it (政协委员履职能力培训班: a course; 远程异地评标协作单位: a partner, not the 评标系统). The 摘要 then
     * speaks of that other thing, not of the project. A run followed in the name by what is done, by funding or by
     * nothing (统计年鉴 of 统计年鉴编印经费, 网络舆情监测 of 网络舆情监测及应急处置) holds the project's thing.
     */
    const qualifierOfOtherThing = (summary: string, run: string, p: ProjectProfile): boolean => {
      const at = p.name.indexOf(run);
      const inSummary = summary.indexOf(run);
      if (at < 0 || inSummary < 0 || minUses === undefined) return false;
      const next = wordFrom(p.name, at + run.length);
      // The thing, or its short form: a word of two characters or more that the thing's word ends with, the head of the
      // compound (系统 of 信息系统: 征管系统 in the entries of 非税收入征管信息系统运维).
      const sameThing = (w: string | undefined): boolean => w !== undefined && (w === next || (thingWord(w) && [...w].length >= 2 && next!.endsWith(w)));
      if (!thingWord(next) || sameThing(wordFrom(summary, inSummary + run.length))) return false;
      const last = wordTo(run, run.length);
      if (last === undefined) return false;
      let uses = 0;
      for (const [s, n] of perProject.get(p.key) ?? []) {
        for (let i = s.indexOf(last); i >= 0; i = s.indexOf(last, i + 1)) {
          if (!sameThing(wordFrom(s, i + last.length))) return false;
          uses += n;
        }
      }
      return uses >= minUses;
    };
    const careProjects = context.rules.classification.careProjects;
    const careWords = careProjects?.nameWords ?? [];
    /** The people a care project's name writes before its care word, when the 摘要 names no care (else none). */
    const carePeopleOf = (p: ProjectProfile, summary: string): string[] => {
      if (careWords.length === 0 || careWords.some((w) => summary.includes(w))) return [];
      return careWords.flatMap((w) => {
        const at = p.name.indexOf(w);
        const run = at < 0 ? '' : (/\p{Script=Han}+$/u.exec(p.name.slice(0, at))?.[0] ?? '');
        return [...run].length >= (careProjects?.minPeopleLength ?? 2) ? [run] : [];
      });
    };
    const namePhrase = (summary: string, p: ProjectProfile, own: ProjectProfile): string | undefined => {
      const name = withAbbreviations(p.name, abbreviations);
      // The longest run of the name that is whole words where the 摘要 writes it and where the name does: a run that
      // begins or ends inside a word of either (人防指挥 of 人防指挥所门前停车位 against 人防指挥信息系统; 民族传统 of
      // 民族传统体育运动会 against 少数民族传统节庆) names that word's thing, not the project.
      const whole = (run: string, i: number): boolean => {
        if (cutsWord(summary, i, i + run.length)) return false;
        for (let a = name.indexOf(run); a >= 0; a = name.indexOf(run, a + 1)) if (!cutsWord(name, a, a + run.length)) return true;
        return false;
      };
      let best = '';
      for (let i = 0; i < summary.length; i++) {
        for (let j = i + best.length + 1; j <= summary.length; j++) {
          const run = summary.slice(i, j);
          if (!/^\p{Script=Han}+$/u.test(run) || !name.includes(run)) break;
          if (whole(run, i)) best = run;
        }
      }
      if ([...best].length < minLong || own.name.includes(best)) return undefined;
      if (qualifierOfOtherThing(summary, best, p)) return undefined;
      // The people a care project cares for (环卫工人 of 环卫工人关爱: classification.json careProjects), named without
      // its care (关爱, 慰问), are the people the unit's other work is done by or for — their course, their tools —,
      // no subject of that project.
      if (carePeopleOf(p, summary).some((run) => run.includes(best))) return undefined;
      const places = placeWordsOf(p.name);
      const telling = p.keywords.some(
        (k) =>
          [...k].length >= 2 &&
          best.includes(k) &&
          !stop.has(k) &&
          !sector.has(k) &&
          // A kind of work (检查: workKindWords) with a word of the own name is no subject of that project's name
          // (执法检查 of 统计执法检查 in 旅游包车安全专项执法检查 on 交通运输综合行政执法).
          !kindOfOwn(k, own.name) &&
          // A fragment of a sector word the run holds (交通 of 交通运输) is that sector word.
          ![...sector].some((w) => w.includes(k) && best.includes(w)) &&
          !general.has(k) &&
          !places.has(k) &&
          !own.keywords.includes(k) &&
          !own.name.includes(k) &&
          !sharedByThird(k, p, own) &&
          !(perProject.get(own.key) ? [...perProject.get(own.key)!.keys()].some((s) => s !== summary && s.includes(k)) : false),
      );
      return telling ? best : undefined;
    };
    /**
     * The own project's only ties are words that another project's name carries too (实训 of 汽车…专业实训基地建设 and of
     * 烹饪专业实训耗材): against that project they tie the entry to neither. It is that project's then on two facts of the
     * ledger together: a word only that project's entries write, again and again (minUsesOfOneWord), and the payee that
     * project's supplier only (payeeOf). Not for a trip, meeting, course or reception (purposeEconomic).
     */
    const sharedNameSupplier = (entry: LedgerEntry, key: string, own: ProjectProfile, ties: readonly string[]): OtherHit | undefined => {
      if (minUses === undefined || ties.length === 0 || purposeClass(entry.economicCode) !== undefined) return undefined;
      for (const p of all) {
        if (sameProject(p, own) || !ties.every((k) => p.name.includes(k)) || !payeeOf(entry, key, p.key)) continue;
        const word = wordsOf(entry.summary).find((w) => {
          const counts = usedBy.get(w);
          return (
            !general.has(w) &&
            !sector.has(w) &&
            !workKind.has(w) &&
            !COST_KIND.test(w) &&
            (counts?.get(p.key) ?? 0) >= minUses &&
            [...(counts?.keys() ?? [])].every((k) => k === p.key || (k === key && counts!.get(k) === 1))
          );
        });
        if (word !== undefined) return { profile: p, why: `账中该项目分录反复使用的词“${word}”及其收款人“${entry.payee}”`, byName: false };
      }
      return undefined;
    };
    type Verdict = { other?: OtherHit; word?: string; relief?: string };
    const memo = new Map<string, Verdict | null>();
    const flagged: ({ entry: LedgerEntry; profile: ProjectProfile } & Verdict)[] = [];
    // A refund or red-ink reversal is judged through what it reverses; an entry the unit reversed in full stands no more (reversals.ts).
    const reversed = reversedInFull(entries);
    for (const entry of entries) {
      if (entry.nature !== 'project' || !standsAsSpending(entry, reversed)) continue;
      const key = projectKeyOf(entry);
      if (!key) continue;
      const own = profileOf(entry, key);
      // The function code too: a purpose of another function (functionPurposes) depends on it.
      const memoKey = `${key}\u0000${entry.summary}\u0000${entry.economicCode}\u0000${entry.functionCode}`;
      let verdict = memo.get(memoKey);
      if (verdict === undefined) {
        verdict = null;
        // The entry's own 摘要 only, never its voucher's (voucherSummary): a voucher's 摘要 often labels the project
        // every line is charged to (交通安全项目支出 over 毒品尿检试剂盒 500人份), which says nothing of what each
        // line bought, and a voucher may hold lines of several projects.
        const summary = withNameShortForms(withAbbreviations(entry.summary, abbreviations), own.name, context.segment);
        // The own project's words in the 摘要; when every one of them is also another project's word (安全 of
        // 食品安全… and of 特种设备安全…), they do not tie the entry to its own project more than to that one.
        const rawHits = own.keywords.filter((k) => summary.includes(k));
        // A fragment of a longer word of the own name (资料 of 文史资料), written without the rest of that word, that
        // other projects' entries write more often than the own project's other entries (资料印制 of every printing)
        // is a generic word of the ledger, no tie to the own project.
        const ownHits = rawHits.filter((k) => !looseFragment(k, own, summary, entry.summary, key));
        const loosened = rawHits.length > 0 && ownHits.length === 0;
        // A word of what was done (购置, 维修: transactionWords) is the only tie to the own project (设备购置 on 农机购置补贴):
        // it does not keep the 摘要 from naming another project by its code, its name or a telling run of its name.
        const subjectHits = ownHits.filter((k) => !transaction.has(k));
        const ownScore = rawHits.length > 0 ? 1 : scoreSummary(summary, own, rules, stop).score;
        // A sector word (卫生 of 爱国卫生… in a 卫生健康 department) ties the entry to its own project no more than to another.
        // So does a word every project of the unit carries in its name (审计 of each project of an audit office) —
        // except in a trip, meeting, course or reception (purposeEconomic), an ordinary reimbursement of the unit's work.
        const everyName = (k: string) => all.length > 1 && all.every((p) => p.name.includes(k)) && purposeClass(entry.economicCode) === undefined;
        // Own words that are only such words leave the 摘要 free to name another project by a run of its name, as a 摘要
        // with no own word is. So do own words that lie inside that run (统计 of 《统计年鉴》 on 统计信息化平台运维, the run
        // 统计年鉴 of 统计执法检查及统计年鉴编印) when no word of the 摘要 that the own project's other entries use (and that
        // project's do not) ties it to its own project (人大代表“接待选民日”活动宣传资料 on 代表联络站运行, whose entries
        // all say 宣传资料): the own word is then part of the other name, no tie of its own.
        const freeOfOwn = subjectHits.every((k) => sector.has(k) || everyName(k));
        const byPhrase = (p: ProjectProfile): string | undefined => {
          if (subjectHits.length > 0 && !freeOfOwn && !subjectHits.every((k) => p.name.includes(k))) return undefined;
          const phrase = namePhrase(summary, p, own);
          if (phrase === undefined || freeOfOwn) return phrase;
          const inside = subjectHits.every((k) => sector.has(k) || everyName(k) || phrase.includes(k));
          return inside && !usesOwnVocabulary(entry, key, p.key) ? phrase : undefined;
        };
        if (ownScore < 1 || ownHits.length > 0 || loosened) {
          const ownWords = new Set(own.keywords);
          let other: OtherHit | undefined;
          for (const p of all) {
            if (sameProject(p, own)) continue;
            const byWhatWasDone = ownHits.length > 0 && subjectHits.length === 0;
            if (!byWhatWasDone && ownHits.length > 0 && !ownHits.every((k) => p.keywords.includes(k) || p.name.includes(k))) continue;
            const code = (p as { code?: string }).code;
            const phrase = byPhrase(p);
            if (code && code.length >= 3 && entry.summary.includes(code)) other = { profile: p, why: `项目编码“${code}”`, byName: true };
            else if (p.name.length >= 4 && entry.summary.includes(p.name)) other = { profile: p, why: `项目名称“${p.name}”`, byName: true };
            else if (phrase !== undefined) other = { profile: p, why: `项目名称中的“${phrase}”`, byName: true };
            else if (titleOf(p.name) !== undefined && entry.summary.includes(titleOf(p.name)!) && !own.name.includes(titleOf(p.name)!))
              other = { profile: p, why: `项目名称中的书名“${titleOf(p.name)}”`, byName: true };
            else if (byWhatWasDone && !ownHits.every((k) => p.keywords.includes(k) || p.name.includes(k))) {
              // Tied by what was done only: no word count against it.
            } else {
              // A word of that project's name that a third project's name carries too (专业, 实训 of 汽车…专业实训基地建设 and of
              // 烹饪专业实训耗材) tells that project from neither, as namePhrase reads it (sharedByThird).
              const keywordsFound = p.keywords.filter(
                (k) => !ownWords.has(k) && !own.name.includes(k) && summary.includes(k) && !commonName(k) && !(p.name.includes(k) && sharedByThird(k, p, own)),
              );
              // Fragments of one word (交通, 运输 of 交通运输: jieba's search mode yields both) are one piece of evidence.
              // So are fragments of a sector word the 摘要 holds (职业, 教育 of 职业教育), even when the project's keywords
              // hold only the fragments: that sector word, which counts toward minKeywords as one.
              const sectorHeld = [...sector].filter((w) => summary.includes(w));
              const found = [...new Set(keywordsFound.map((k) => sectorHeld.find((w) => w !== k && w.includes(k)) ?? k))];
              const places = placeWordsOf(p.name);
              // A room (评标室) is a place too, and counts toward no subject.
              // The people of a care project named without its care (环卫工人 of 环卫工人关爱 in their course's meal) are no
              // subject of it (namePhrase reads them so too).
              const people = carePeopleOf(p, summary);
              const distinct = found.filter(
                (k) => !found.some((o) => o !== k && o.includes(k)) && !namesRoom(summary, k) && !people.some((run) => run.includes(k)),
              );
              // Every word of that project's name found holds a word of the own project's (人大代表 of 人大代表履职能力提升
              // holds 代表 of 代表联络站运行经费): the 摘要 names what both work on. The ledger's own vocabulary then
              // decides — a word other entries of the own project use and none of that project's (宣传 of
              // 代表联络站宣传资料及运行费用) ties the entry to its own project.
              const overlapsOwn = distinct.length > 0 && distinct.every((k) => ownHits.some((o) => k !== o && k.includes(o)));
              // Every word of that project's name found is one the own project's other entries write and none of that
              // project's entries does (留置 and 场所 of a 留置场所 renovation project, in a case project's board of
              // persons held there and its guards' wages): in this ledger the words are the own project's vocabulary —
              // the place or people its work deals with — not that project's subject. Only when that project has entries
              // to compare with (a project known from the budget alone proves nothing by its silence). And only when
              // the own entries writing each word are of more than one kind of spending (the board of persons held
              // AND the guards' wages, 30299 and 30226): bills of one kind alike (two works of the place, both 30213)
              // may be that project's spending booked here twice, and stay evidence of it.
              const ownVocabulary =
                distinct.length > 0 &&
                perProject.has(p.key) &&
                distinct.every(
                  (k) => (usedBy.get(k)?.get(key) ?? 0) > 1 && (usedBy.get(k)?.get(p.key) ?? 0) === 0 && (usedInKinds.get(k)?.get(key)?.size ?? 0) > 1,
                );
              if (distinct.every((k) => places.has(k))) {
                // Only where that project works: no evidence of what the money was for.
              } else if (ownVocabulary) {
                // Tied to its own project by each of the shared words.
              } else if (overlapsOwn && usesOwnVocabulary(entry, key, p.key)) {
                // Tied to its own project by the words its other entries use.
              } else if (
                // A kind of work (宣传, 监测: workKindWords) that the 摘要 shares with that project's name is no subject of
                // it: 货运车辆超限超载治理宣传横幅 shares 车辆 and 宣传 with 车辆购置税征管宣传 — one subject word, not two.
                // Nor does what was done (维修, 采购: transactionWords): 体育馆接待大厅LED显示屏维修 shares 体育馆 and 维修 with
                // 体育馆屋面及看台维修改造 — the place both work at and a repair, no subject of that project's.
                // Nor does a kind of work with a word of the own name (执法检查 on 交通运输综合行政执法).
                distinct.filter((k) => !workKind.has(k) && !transaction.has(k) && !kindOfOwn(k, own.name)).length >= minKeywords ||
                // One long word of that project's name alone (活动场所 of 宗教活动场所安全隐患整治) is no evidence when other
                // entries of the own project write it too (宗教事务执法检查…（宗教活动场所） on 宗教事务依法管理): it names the
                // places or people both projects deal with — the unit's field —, as a telling run of a name is read (namePhrase).
                distinct.some((k) => [...k].length >= minLong && !sector.has(k) && !kindOfOwn(k, own.name) && !writtenByOwnOthers(k, key, entry.summary))
              ) {
                other = { profile: p, why: `关键词“${distinct.join('、')}”`, byName: false };
              }
            }
            if (other) break;
          }
          // A kind of work (监测 of 耕地保护动态监测 in 地灾隐患点专业监测设备维修: workKindWords) is no subject either.
          const onlySector = rawHits.every((k) => sector.has(k) || everyName(k) || workKind.has(k));
          if (!other && onlySector) other = learnedOther(entry, key, ownHits.some((k) => workKind.has(k)));
          if (!other && !onlySector) other = sharedNameSupplier(entry, key, own, rawHits);
          if (!other && rawHits.length === 0) other = namedElsewhere(entry, key);
          const strong = other || unrelatedExcept(entry.economicCode) !== undefined ? undefined : strongUnrelated(summary);
          const strongHit =
            strong !== undefined &&
            !nameCarries(own.name, strong) &&
            !staffWelfare(strong, entry.summary) &&
            !own.keywords.some((k) => k.includes(strong)) &&
            servedPeople(entry.summary) === undefined
              ? strong
              : undefined;
          const word =
            other || unrelatedExcept(entry.economicCode) !== undefined ? undefined : (strongHit ?? (ownScore < 1 ? unrelated(summary) : undefined));
          // Relief money (司法救助资金) spent through a class other than a transfer to persons or bodies.
          const reliefWord = transferName(own.name);
          const misused =
            transferClass(entry.economicCode) === undefined &&
            (reliefWorkClass(entry.economicCode) === undefined || unitOffice(entry.summary) !== undefined);
          const relief = !other && !word && reliefWord !== undefined && misused ? reliefWord : undefined;
          // A purpose of another function (驻村 on a statistics survey's project, booked under 统计 2010505).
          // Only where the 摘要 says nothing of its own project: no subject word of its name (公路养护 of 帮扶村农村公路养护工程款,
          // 困难群众 of 结对帮扶村困难群众慰问金) and no word its other entries write (道路运输安全检查) other than a place
          // (石门 of 石门村, where the unit's staff also travel) — many projects reach the assisted villages as part of their
          // own work (roads, drinking water, jobs, farmers' training, relief).
          const places = placeWordsOf(entry.summary);
          const tiedToOwn =
            subjectHits.some((k) => !sector.has(k) && !everyName(k)) ||
            wordsOf(entry.summary).some((w) => !general.has(w) && !places.has(w) && (usedBy.get(w)?.get(key) ?? 0) > 1);
          const elsewhere = other || word || relief || tiedToOwn ? undefined : functionPurpose(entry, own.name);
          const purpose = word ?? elsewhere;
          if (other || purpose || relief) verdict = { ...(other ? { other } : {}), ...(purpose ? { word: purpose } : {}), ...(relief ? { relief } : {}) };
        }
        memo.set(memoKey, verdict);
      }
      if (verdict) flagged.push({ entry, profile: own, ...verdict });
    }
    // Two entries that name each other's project by the words they share (the ledger's vocabulary, no project name)
    // and are paid to the same payee are payments of one contract (首付 and 尾款): the first payment shows where the
    // contract was budgeted, so only the later one, charged elsewhere, is flagged. A purpose of no project (gifts,
    // staff welfare: unrelatedPurposeWords) is no contract's payment: both entries stay flagged.
    const noProjectPurpose = (x: (typeof flagged)[number]): boolean => {
      const summary = withAbbreviations(x.entry.summary, abbreviations);
      return strongUnrelated(summary) !== undefined || unrelated(summary) !== undefined;
    };
    const contractTwin = (x: (typeof flagged)[number]): boolean =>
      x.other !== undefined &&
      !x.other.byName &&
      !noProjectPurpose(x) &&
      x.entry.payee !== undefined &&
      x.entry.payee !== '' &&
      flagged.some(
        (y) =>
          y !== x &&
          y.other !== undefined &&
          !y.other.byName &&
          y.entry.payee === x.entry.payee &&
          y.other.profile.key === x.profile.key &&
          x.other!.profile.key === y.profile.key &&
          (y.entry.date > x.entry.date || (y.entry.date === x.entry.date && y.entry.row > x.entry.row)),
      );
    // Two entries of two projects that share words only each other use (根治欠薪 in one entry of each) are both
    // flagged — unless one of them also carries a word of the other's project name (执法 of 劳动保障监察执法) and the
    // other does not: that one is the misplaced entry, its twin is the project's own work.
    const namesWordOf = (summary: string, p: ProjectProfile): boolean =>
      p.keywords.some((k) => !sector.has(k) && withAbbreviations(summary, abbreviations).includes(k));
    const lesserTwin = (x: (typeof flagged)[number]): boolean =>
      x.other !== undefined &&
      !x.other.byName &&
      x.other.payeeAndName !== true &&
      !namesWordOf(x.entry.summary, x.other.profile) &&
      flagged.some(
        (y) =>
          y !== x &&
          y.other !== undefined &&
          !y.other.byName &&
          y.other.payeeAndName !== true &&
          y.other.profile.key === x.profile.key &&
          x.other!.profile.key === y.profile.key &&
          namesWordOf(y.entry.summary, y.other.profile),
      );
    const kept = flagged.filter((x) => !contractTwin(x) && !lesserTwin(x));
    kept.sort((a, b) => Math.abs(b.entry.amount) - Math.abs(a.entry.amount) || a.entry.row - b.entry.row);
    return kept.map(({ entry, profile, other, word, relief }): Finding =>
      withEvidence(finding({
        rule: this.id,
        severity: 'warning',
        message: other
          ? `第${entry.row}行：记在项目“${profile.name}”，${quoteSummary(entry)}却含另一项目“${other.profile.name}”的${other.why}，金额 ${formatYuan(entry.amount)} / description names another project`
          : relief
            ? `第${entry.row}行：记在${relief}项目“${profile.name}”，却按经济分类 ${entry.economicCode} 列支（${relief}资金应用于对个人和家庭的补助），${quoteSummary(entry)}，金额 ${formatYuan(entry.amount)} / relief money spent on another class`
            : `第${entry.row}行：记在项目“${profile.name}”，${quoteSummary(entry)}含与项目无关的用途“${word}”，金额 ${formatYuan(entry.amount)} / description names an unrelated purpose`,
        evidence: [
          { path: entryPath(entry), line: entry.row, quote: entry.summary, value: entry.amount },
          { path: `projects[${(other?.profile ?? profile).key}]`, quote: (other?.profile ?? profile).keywords.slice(0, 12).join('、') },
        ],
      }), other ? (other.byName ? 'other-project-name' : 'other-project-keywords') : 'unrelated-purpose'),
    );
  },
};

/**
 * Masks what a 摘要 names as a subject: the text inside a title (《…》) and a listed word right before a marker
 * (旅游宣传). Without markers the text is returned as it is.
 */
function subjectMasker(
  markers:
    | {
        titleQuotes: readonly (readonly [string, string])[];
        followedBy: readonly string[];
        objectOf?: { after: readonly string[]; maxGap: number; notFollowedBy: readonly string[]; before: readonly string[]; maxGapBefore: number };
        eventName?: { ends: readonly string[]; notFollowedBy: readonly string[] };
        courseName?: { ends: readonly string[]; maxGap: number };
      }
    | undefined,
  listed: readonly string[],
): (text: string) => string {
  if (!markers || listed.length === 0) return (text) => text;
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const titles = markers.titleQuotes.map(([open, close]) => new RegExp(`${esc(open)}[^${esc(close)}]*${esc(close)}`, 'gu'));
  const alternation = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).map(esc).join('|');
  const items = alternation(listed);
  const before = markers.followedBy.length ? new RegExp(`(${items})(?=${alternation(markers.followedBy)})`, 'gu') : undefined;
  // The object of oversight (旅行社资质检查, 打击非法烟酒经营): what is inspected or enforced against, not bought.
  const o = markers.objectOf;
  const inspected = o
    ? new RegExp(`(${items})(?=\\p{Script=Han}{0,${o.maxGap}}?(?:${alternation(o.after)})(?!${alternation(o.notFollowedBy)}))`, 'gu')
    : undefined;
  const enforced = o ? new RegExp(`(?<=(?:${alternation(o.before)})\\p{Script=Han}{0,${o.maxGapBefore}})(${items})`, 'gu') : undefined;
  // An event named after the word (年货节, 年货展销会: a fair the project holds), not a holiday (年货节日, 节前).
  const e = markers.eventName;
  const event = e?.ends.length
    ? new RegExp(`(${items})(?=(?:${alternation(e.ends)})${e.notFollowedBy.length ? `(?!${alternation(e.notFollowedBy)})` : ''})`, 'gu')
    : undefined;
  // A course of study named after the word (旅游服务专业学生…实训: the school's tourism programme), not a trip.
  const c = markers.courseName;
  const course = c?.ends.length ? new RegExp(`(${items})(?=\\p{Script=Han}{0,${c.maxGap}}?(?:${alternation(c.ends)}))`, 'gu') : undefined;
  const blank = (m: string) => '\u3000'.repeat(m.length);
  return (text) => {
    let out = text;
    for (const re of titles) out = out.replace(re, blank);
    for (const re of [before, inspected, enforced, event, course]) if (re) out = out.replace(re, blank);
    return out;
  };
}
