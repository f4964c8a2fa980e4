/**
 * ledger.basic-on-project — basic expenditure booked as project expenditure (the seed report's first admitted
 * problem): a project entry whose economic class is basic by nature (工资福利 301, routine 公用经费 items), or
 * whose 摘要 names a routine running cost (电费, 物业费, 工资 …). Classes and words: data/ledger/classification.json.
 */
import { finding } from '../../core/finding.ts';
import { type LedgerRule, prefixMatcher, wordAlternation, wordMatcher } from '../check-context.ts';
import { entryPath, projectKeyOf, projectLabelOf, quoteSummary, summaryWithVoucher } from '../entry.ts';
import { withEvidence } from '../evidence-strength.ts';
import { buildProjectProfile, withAbbreviations, withNameShortForms } from '../project-keywords.ts';
import { formatYuan } from '../format-money.ts';
import { reversedInFull, standsAsSpending } from '../reversals.ts';

/**
 * The text this rule reads of an entry: its 摘要 with its voucher's (发放1月工资：在职人员基本工资). A voucher's 摘要
 * states what all its lines paid for, a routine cost (工资, 电费) as often as its lines do.
 */
const said = summaryWithVoucher;

/** A period written before a cost word (3月, 一季度, 2024年度, 1-3月, a bracketed note): not the cost's object. */
const PERIOD_AT_END = /(?:\d{4}年度?|\d{1,2}(?:-\d{1,2})?月份?|第?[一二三四1-4]季度|[上下]半年|全年|年度|本月|当月|[（(][^（()）]*[)）])$/u;

export const basicOnProject: LedgerRule = {
  id: 'ledger.basic-on-project',
  title: '基本支出列入项目支出',
  check(entries, context) {
    const rules = context.rules.classification;
    const basicClass = prefixMatcher(rules.basicByNatureEconomic.codes);
    const routineWord = wordMatcher(rules.routineSummaryWords.words);
    const projectContext = wordMatcher(rules.projectContextWords.words);
    const economicName = (code: string) => context.codeTables.economic?.entries.get(code)?.name;
    const out = [];
    const routinePayee = wordMatcher(rules.routinePayeeWords?.words ?? []);
    // A routine-sounding word that the project's own name carries (补贴 on a 补贴 project) is the project's purpose.
    const payEndings = rules.payProjects?.nameEndings ?? [];
    const paysOwnAllowance = (entry: (typeof entries)[number]): boolean => {
      const name = (entry.projectName ?? '').replace(/^[^\p{Script=Han}]+/u, '');
      return [...name].length >= 4 && payEndings.some((w) => name.endsWith(w)) && said(entry).includes(name);
    };
    // The project's own name holds the routine word itself, or its object without the trailing 费 (物业管理 of 物业管理费).
    const nameHolds = (entry: (typeof entries)[number], word: string): boolean => {
      const name = entry.projectName ?? '';
      const stem = word.endsWith('费') && word.length >= 3 ? word.slice(0, -1) : word;
      return name !== '' && name.includes(stem);
    };
    const ownWord = (entry: (typeof entries)[number], word: string): boolean => {
      const name = entry.projectName ?? '';
      if (name === '') return false;
      for (let i = 0; i + 2 <= word.length; i++) if (name.includes(word.slice(i, i + 2))) return true;
      return false;
    };
    const site = rules.projectSiteCosts;
    const siteClass = prefixMatcher(site?.codes ?? []);
    const siteWord = wordMatcher(site?.words ?? []);
    const unitOffice = wordMatcher(site?.unitOfficeWords ?? []);
    // The unit's own office named in the 摘要 (局机关, 办公楼) — not a word the project's own name carries: 机关 of a
    // 机关事务管理局's 机关食堂运行补助 names what the project runs, not the unit's office.
    const namesUnitOffice = (entry: (typeof entries)[number]): boolean => {
      const w = unitOffice(said(entry));
      return w !== undefined && !(entry.projectName ?? '').includes(w);
    };
    // Upkeep of the unit's own office (局机关办公楼外墙防水维修) is its running cost whatever project it is charged to.
    const officeUpkeepClass = prefixMatcher(rules.unitOfficeUpkeep?.codes ?? []);
    // A project named for works on the unit's own premises (机关办公用房维修改造, 公共机构节能改造: premisesProjects) pays
    // its purpose when an entry of its works' classes names the office: a name naming the premises and no works (机关食堂
    // 运营补助) does not.
    const pp = rules.unitOfficeUpkeep?.premisesProjects;
    const premisesName = wordMatcher(pp?.premisesWords ?? []);
    const worksName = wordMatcher(pp?.worksWords ?? []);
    const premisesClass = prefixMatcher(pp?.codes ?? []);
    const worksOnPremises = (entry: (typeof entries)[number]): boolean => {
      const name = entry.projectName ?? '';
      return premisesClass(entry.economicCode) !== undefined && premisesName(name) !== undefined && worksName(name) !== undefined;
    };
    const hiredStaff = wordMatcher(rules.hiredStaffWords?.words ?? []);
    const hiredClass = prefixMatcher(rules.hiredStaffWords?.excusedClasses ?? []);
    const payrollWords = new Set(rules.hiredStaffWords?.payrollWords ?? []);
    const labourClass = prefixMatcher(rules.hiredStaffWords?.labourClasses ?? []);
    const personTransfer = prefixMatcher(rules.personTransferClasses?.codes ?? []);
    // The pay words a transfer to persons may carry for people outside the payroll (工资补差, 高龄津贴).
    const transferPayWords = new Set(rules.personTransferClasses?.payWords ?? rules.hiredStaffWords?.payrollWords ?? []);
    // Gifts (慰问品) a transfer to persons gives the people a project serves — not the staff, unless the 摘要 names them.
    const transferGiftWords = new Set(rules.personTransferClasses?.giftWords ?? []);
    const siteNouns = site?.siteNouns ?? [];
    const leading = new RegExp(`^(?:${(site?.leadingWords ?? []).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})`, 'u');
    const stop = new Set(context.rules.projectMatch.stopwords);
    const HAN = /^\p{Script=Han}+$/u;
    // The 摘要 names a site (检测站, 文化馆 …: a site noun and the two characters before it) that the project's own
    // name names too (若水超限检测站运行经费), and not the unit's office.
    // 森林防火 of 森林防火专项经费: the name without a leading code and trailing generic words (stopwords).
    const generic = [...stop].filter((w) => [...w].length >= 2).sort((a, b) => b.length - a.length);
    const coreName = (name: string): string => {
      let core = name.replace(/^[^\p{Script=Han}]+/u, '');
      for (let before = ''; before !== core; ) {
        before = core;
        for (const w of generic) if (core.endsWith(w) && core.length > w.length) core = core.slice(0, -w.length);
      }
      return core;
    };
    const sector = new Set(context.rules.projectMatch.sectorWords?.words ?? []);
    const nameKeywords = new Map<string, string[]>();
    const nameKeywordsOf = (name: string): string[] => {
      let keywords = nameKeywords.get(name);
      if (!keywords) {
        keywords = buildProjectProfile(name, name, [name], [], context.rules.projectMatch, context.segment).keywords.filter(
          (k) => !sector.has(k) && /^\p{Script=Han}+$/u.test(k),
        );
        nameKeywords.set(name, keywords);
      }
      return keywords;
    };
    // What the unit's basic spending says (its 摘要): the sites and things it runs as the unit's own.
    let basicTexts: string[] | undefined;
    const basicSaid = (): string[] => (basicTexts ??= entries.filter((e) => e.nature === 'basic').map((e) => said(e)));
    const ownSite = (entry: (typeof entries)[number]): boolean => {
      // The name with the short forms of its words (公厕 of 城区公共厕所管护: project-match.json abbreviations), so that an
      // object written short (城区公厕水费) is the project's site.
      const name = entry.projectName ? withAbbreviations(entry.projectName, context.rules.projectMatch.abbreviations?.pairs) : '';
      if (name === '' || namesUnitOffice(entry)) return false;
      // The object of the cost word: 城区路灯 in 支付城区路灯3月电费, its head (last two characters) in the name.
      const costWord = siteWord(said(entry));
      if (costWord !== undefined) {
        let object = said(entry).slice(0, said(entry).indexOf(costWord));
        for (let before = ''; before !== object; ) {
          before = object;
          object = object.replace(PERIOD_AT_END, '');
        }
        object = object.replace(leading, '');
        const head = /\p{Script=Han}{2}$/u.exec(object)?.[0];
        if (head !== undefined && !stop.has(head) && name.includes(head)) return true;
        const core = coreName(name);
        if (core.length >= 2 && object.includes(core)) return true;
        // Two distinct words of the project's name (not sector words) in the object: 烈士纪念碑及陵园照明 on
        // 烈士纪念设施管护 names the project's thing; one topic word (电子商务 of 电子商务公共服务中心) does not.
        const found = nameKeywordsOf(name).filter((k) => object.includes(k));
        const distinct = found.filter((k) => !found.some((o) => o !== k && o.includes(k)));
        if (distinct.length >= 2) return true;
        // One word of the project's name in the object, in a 摘要 whose bracketed note names the project itself, and a
        // word the unit's basic spending never writes: a site of the project's own (人才公寓公共区域电费（人才引进及服务专项）
        // on 人才引进及服务专项经费), not the unit's (档案馆, whose 电费 basic spending pays every month). One topic word
        // alone (电子商务 of 电子商务公共服务中心电费) stays basic.
        if (
          distinct.length === 1 &&
          noteNamesProject(said(entry), name, coreName(name)) &&
          !basicSaid().some((t) => t.includes(distinct[0]!))
        ) {
          return true;
        }
      }
      // The site noun with the characters before it (two, or one at the start of a compound: 水库 of 水库管理所).
      for (const noun of siteNouns) {
        for (let i = said(entry).indexOf(noun); i >= 0; i = said(entry).indexOf(noun, i + 1)) {
          if (i < 1) continue;
          const stem = said(entry).slice(i - 1, i + noun.length);
          if (HAN.test(stem) && name.includes(stem)) return true;
          // A word of the project's name right before the noun (充电 of 充电站 on 新能源汽车充电基础设施建设): the site the
          // project builds or runs — unless the unit's basic spending pays that site too (its own 档案馆).
          const word = said(entry).slice(i - 2, i);
          const site2 = word + noun;
          if (i >= 2 && HAN.test(site2) && nameKeywordsOf(name).includes(word) && !basicSaid().some((t) => t.includes(site2))) return true;
        }
      }
      return false;
    };
    const siteCost = (entry: (typeof entries)[number], cls: string | undefined, word: string | undefined): boolean =>
      (cls !== undefined && siteClass(entry.economicCode) !== undefined) || (word !== undefined && siteWord(word) === word);
    // 办公费/邮电费/物业管理费 on a project: basic only when the 摘要 says nothing beyond routine office words.
    const businessClass = prefixMatcher(rules.projectBusinessClasses?.codes ?? []);
    const genericWords = [...(rules.projectBusinessClasses?.genericWords ?? []), ...rules.routineSummaryWords.words, ...stop]
      .filter((w) => w !== '')
      .sort((a, b) => b.length - a.length);
    const saysOnlyRoutine = (summary: string): boolean => {
      let rest = summary.replace(/[^\p{Script=Han}]+/gu, ' ');
      for (const w of genericWords) rest = rest.split(w).join(' ');
      return !/\p{Script=Han}{2}/u.test(rest.replace(/[一二三四上下本当全]?(?:季度|半年|月|年)/gu, ' '));
    };
    const namesSiteCost = (summary: string): boolean => {
      const costWord = siteWord(summary);
      if (costWord === undefined) return false;
      const object = summary.slice(0, summary.indexOf(costWord));
      return siteNouns.some((n) => object.includes(n));
    };
    const personnel = new Set(rules.personnelWords?.words ?? []);
    const unrelatedGifts = new Set((context.rules.projectMatch.unrelatedPurposeWords?.strongWords ?? []).filter((w) => personnel.has(w)));
    const staffWord = wordMatcher(rules.personnelWords?.words ?? []);
    // Staff pay classes (301 工资福利支出, 离休费, 退休费: basicProjectShape.economicCodes) are the unit's payroll whatever the project's name.
    const staffPayClass = prefixMatcher(rules.basicProjectShape?.economicCodes ?? ['301', '30301', '30302']);
    const servedPeople = wordMatcher(rules.servedPeopleWords?.words ?? []);
    const namesOwnProject = (entry: (typeof entries)[number]): boolean => {
      const name = entry.projectName ?? '';
      return name !== '' && nameKeywordsOf(name).some((k) => said(entry).includes(k));
    };
    const workers = rules.projectWorkers;
    const unitStaff = wordMatcher(workers?.unitStaffWords ?? []);
    // Any staff named (the unit's, or 工作人员 of a programme it runs: project-match.json unrelatedPurposeWords.staffWords).
    const anyStaff = wordMatcher([...(workers?.unitStaffWords ?? []), ...(context.rules.projectMatch.unrelatedPurposeWords?.staffWords ?? [])]);
    const abbreviations = context.rules.projectMatch.abbreviations?.pairs ?? {};
    const paysOwnWorkers = (entry: (typeof entries)[number]): boolean => {
      const name = (entry.projectName ?? '').replace(/^[^\p{Script=Han}]+/u, '');
      const text = said(entry);
      if (name === '' || workers === undefined || unitStaff(text) !== undefined || namesUnitOffice(entry)) return false;
      if (!workers.projectNames.some((w) => name.includes(w))) return false;
      return workers.nouns.some((noun) => {
        for (let i = text.indexOf(noun); i >= 2; i = text.indexOf(noun, i + 1)) {
          const word = text.slice(i - 2, i);
          if (!HAN.test(word) || stop.has(word)) continue;
          const full = abbreviations[word];
          if (name.includes(word) || (full !== undefined && name.includes(full)) || withNameShortForms(word, name, context.segment) !== word) return true;
        }
        return false;
      });
    };
    // A special-purpose work vehicle of the project (洒水车, 洗扫车: three-public.json specialVehicles) named in the 摘要
    // of a site cost (its charging electricity): the vehicle's running, the project's cost (classification.json
    // projectVehicleCosts) — not the unit's office, and not a car noun of the pairs after the work (环卫所公务车).
    const sv = context.rules.threePublic.categories.vehicleOperation.specialVehicles;
    const vehicleCostClass = prefixMatcher(rules.projectVehicleCosts?.codes ?? []);
    const workVehicleRe = sv?.functions.length ? new RegExp(`(?:${wordAlternation(sv.functions)})(\\p{Script=Han}{0,${sv.maxGap}}?)车`, 'gu') : undefined;
    const carNouns = (context.rules.threePublic.categories.vehicleOperation.pairedWords ?? []).flatMap((p) => p.words);
    const runsWorkVehicle = (entry: (typeof entries)[number]): boolean => {
      if (workVehicleRe === undefined || vehicleCostClass(entry.economicCode) === undefined || namesUnitOffice(entry)) return false;
      for (const m of said(entry).matchAll(workVehicleRe)) if (!carNouns.some((n) => `${m[1]}车`.endsWith(n) && n !== '车')) return true;
      return false;
    };
    // A project that exists to care for people outside the unit (环卫工人关爱: classification.json careProjects): the
    // people its name writes before the care word, named in the 摘要 with none of the unit's own staff, are whom the
    // welfare was for — the project's purpose, not the unit's staff welfare.
    const care = rules.careProjects;
    const careClass = prefixMatcher(care?.codes ?? []);
    const caresForOwnPeople = (entry: (typeof entries)[number]): boolean => {
      if (care === undefined || careClass(entry.economicCode) === undefined) return false;
      const name = (entry.projectName ?? '').replace(/^[^\p{Script=Han}]+/u, '');
      const text = said(entry);
      if (unitStaff(text) !== undefined || namesUnitOffice(entry)) return false;
      return care.nameWords.some((w) => {
        const at = name.indexOf(w);
        if (at < care.minPeopleLength) return false;
        const people = /\p{Script=Han}+$/u.exec(name.slice(0, at))?.[0] ?? '';
        return [...people].length >= care.minPeopleLength && text.includes(people);
      });
    };
    // A routine word naming the subject of the work (工资 of 劳动工资统计调查) or a trip's errand (体检 of 接送院民赴县医院体检)
    // is no cost of the unit, when the 摘要 names none of its own staff (classification.json routineWordsAsSubject).
    const asSubject = rules.routineWordsAsSubject;
    const routineAlt = wordAlternation(rules.routineSummaryWords.words);
    const subjectRes =
      asSubject && routineAlt !== ''
        ? [
            ...(asSubject.topicNouns.length ? [new RegExp(`(?:${routineAlt})(?=${wordAlternation(asSubject.topicNouns)})`, 'gu')] : []),
            ...(asSubject.errandVerbs.length
              ? [new RegExp(`(?<=(?:${wordAlternation(asSubject.errandVerbs)})\\p{Script=Han}*?)(?:${routineAlt})(?!费)`, 'gu')]
              : []),
          ]
        : [];
    // A word holding a routine word that names another thing (社保卡: a card, no 社保 contribution) is read as that thing.
    const otherThings = rules.routineSummaryWords.otherThings ?? [];
    const withoutOtherThings = (text: string): string => otherThings.reduce((t, w) => t.replaceAll(w, '\u3000'.repeat(w.length)), text);
    const withoutSubjects = (text: string): string =>
      subjectRes.length === 0 || unitStaff(text) !== undefined
        ? withoutOtherThings(text)
        : subjectRes.reduce((t, re) => t.replace(re, (m) => '\u3000'.repeat(m.length)), withoutOtherThings(text));
    // A refund or red-ink reversal is judged through what it reverses; an entry the unit reversed in full stands no more (reversals.ts).
    const reversed = reversedInFull(entries);
    for (const entry of entries) {
      if (entry.nature !== 'project' || !standsAsSpending(entry, reversed)) continue;
      // A project entry that names no project is ledger.nature-inconsistent's (项目支出未填写项目, or its account's nature
      // against its 支出类型): no project was charged, and one problem makes one finding.
      const project = projectKeyOf(entry);
      if (!project) continue;
      const hired = hiredStaff(said(entry)) !== undefined;
      const cls =
        hired && hiredClass(entry.economicCode) !== undefined
          ? undefined
          : (basicClass(entry.economicCode) ?? (namesUnitOffice(entry) && !worksOnPremises(entry) ? officeUpkeepClass(entry.economicCode) : undefined));
      // A project that pays an allowance (乡村教师生活补助: payProjects) whose entry restates its whole name pays its purpose.
      if (cls !== undefined && paysOwnAllowance(entry)) continue;
      // Pay of the providers a programme's funds may pay, named by the project's word just before a worker noun
      // (公卫人员 of 基本公共卫生服务项目), not the unit's own staff (classification.json projectWorkers).
      if (cls !== undefined && staffPayClass(entry.economicCode) !== undefined && paysOwnWorkers(entry)) continue;
      // Welfare for the people a care project exists for (环卫工人关爱: its 环卫工人's 慰问), not the unit's staff.
      if (cls !== undefined && caresForOwnPeople(entry)) continue;
      // The routine cost the 摘要 names, whatever the class: its object may be what the project itself runs. A word
      // only inside a bracketed note (值班餐（机关食堂）: where, paid from which fund, for which period) names no cost —
      // unless it is about the unit's own staff (中秋慰问（工会会员）: personnelWords), which a note names as well.
      const read = withoutSubjects(said(entry));
      const outside = withoutNotes(read);
      const inNote = routineWord(read);
      const costText = routineWord(outside) === undefined && inNote !== undefined && personnel.has(inNote) ? read : outside;
      const named = routineWord(costText);
      const costWord = named !== undefined && isWordOf(costText, named, context.segment) ? named : undefined;
      // A class basic by nature (福利费, 电费) for a routine cost the project's own name carries (食堂 of 机关食堂运行补助,
      // 物业管理 of 行政中心物业管理): the project exists to pay that cost, not the unit's running — unless it is staff pay
      // (a pay class, or a staff word of personnelWords anywhere in the 摘要) or the 摘要 names the unit's own office.
      if (
        cls !== undefined &&
        costWord !== undefined &&
        staffPayClass(entry.economicCode) === undefined &&
        staffWord(said(entry)) === undefined &&
        nameHolds(entry, costWord) &&
        !namesUnitOffice(entry)
      ) {
        continue;
      }
      let word = cls ? undefined : costWord;
      if (word !== undefined && (projectContext(said(entry)) || ownWord(entry, word) || hired)) word = undefined;
      // Under a transfer class (303 对个人和家庭的补助) a routine cost other than pay (运营补助（含水电费）) is the
      // recipient's, paid to it by the project — not the unit's own running cost.
      if (word !== undefined && !personnel.has(word) && personTransfer(entry.economicCode) !== undefined && !namesUnitOffice(entry)) word = undefined;
      if (word !== undefined && payrollWords.has(word) && labourClass(entry.economicCode) !== undefined) word = undefined;
      // Pay through a transfer to persons (援外医疗队员国内工资补差 under 30399, 高龄津贴 under 30305) goes to people outside the unit's payroll,
      // unless the 摘要 names the unit's own office (机关干部年终奖 booked as 30399 stays flagged).
      if (word !== undefined && transferPayWords.has(word) && personTransfer(entry.economicCode) !== undefined && !namesUnitOffice(entry)) {
        word = undefined;
      }
      // Gifts (慰问品) under a transfer class, or for the people a project serves (归侨侨眷慰问品, servedPeopleWords) and
      // no staff (学校营养餐工作人员节日慰问品 stays basic) under any class, go to them — not to the staff, unless the 摘要
      // names the unit's office or its own staff.
      if (
        word !== undefined &&
        transferGiftWords.has(word) &&
        (personTransfer(entry.economicCode) !== undefined || (servedPeople(said(entry)) !== undefined && anyStaff(said(entry)) === undefined)) &&
        !namesUnitOffice(entry) &&
        unitStaff(said(entry)) === undefined
      ) {
        word = undefined;
      }
      // A gift that is also a purpose no project has (慰问品: project-match.json unrelatedPurposeWords.strongWords), bought
      // for no one named — no staff, no union, not the unit's office — under a class that is no staff welfare (教师节慰问品采购
      // under 30299): whose welfare it is the 摘要 does not say, so it is not read as the unit's basic spending;
      // ledger.summary-project-mismatch reports it (an unrelated purpose). One problem, one finding.
      if (word !== undefined && unrelatedGifts.has(word) && staffWord(said(entry).split(word).join('\u3000')) === undefined && anyStaff(said(entry)) === undefined && !namesUnitOffice(entry)) {
        word = undefined;
      }
      // 学校食堂从业人员体检 on a 学校营养改善 project: a routine word that is not about the unit's own staff, in a
      // 摘要 that names the project's own words and not the unit's office, is the project's business.
      if (word !== undefined && !personnel.has(word) && siteWord(word) !== word && servedPeople(said(entry)) !== undefined) word = undefined;
      if (word !== undefined && !personnel.has(word) && siteWord(word) !== word && !namesUnitOffice(entry) && namesOwnProject(entry)) {
        word = undefined;
      }
      // A site cost of the project's own site, or of field equipment it runs (雨量站, 监测点: projectContextWords).
      if ((cls !== undefined || word !== undefined) && siteCost(entry, cls, word) && (ownSite(entry) || projectContext(said(entry)) || runsWorkVehicle(entry))) {
        continue;
      }
      // A 摘要 that names a site (a site noun: 馆, 站, 中心 …) and its running cost (文化馆二季度物业管理费) is judged by
      // the site test above, like a utility: a site the project's name does not name is not the project's business.
      // Other words before the cost (健康小屋宽带费) keep naming the project's business.
      if (
        cls !== undefined &&
        businessClass(entry.economicCode) !== undefined &&
        !namesUnitOffice(entry) &&
        !namesSiteCost(said(entry)) &&
        !saysOnlyRoutine(said(entry))
      ) {
        continue;
      }
      // A routine payee (供电公司, 燃气公司) is evidence only where the 摘要 does not name a routine cost the checks above
      // excused as the project's own (学员食堂燃气费 on 学员食堂及宿舍运行保障), nor the project's own words or site.
      const payeeWord =
        cls || word || !entry.payee || costWord !== undefined || namesOwnProject(entry) || ownSite(entry) ? undefined : routinePayee(entry.payee);
      if (!cls && !word && !payeeWord) continue;
      const reason = cls
        ? `经济分类 ${entry.economicCode}${economicName(entry.economicCode) ? ` ${economicName(entry.economicCode)}` : ''} 属于基本支出性质（${cls}${economicName(cls) ? ` ${economicName(cls)}` : ''}）`
        : word
          ? `${quoteSummary(entry)}含日常运行费用“${word}”`
          : `收款方“${entry.payee}”收取日常运行费用（${payeeWord}）`;
      out.push(
        withEvidence(finding({
          rule: this.id,
          severity: 'warning',
          message: `第${entry.row}行：项目“${projectLabelOf(entry) ?? project}”列支了基本支出，${reason}，金额 ${formatYuan(entry.amount)} / basic expenditure charged to a project`,
          evidence: [{ path: entryPath(entry), line: entry.row, quote: summaryWithVoucher(entry), value: entry.amount }],
        }), cls ? 'economic-class' : word ? 'summary-word' : 'payee'),
      );
    }
    return out;
  },
};

/** A bracketed note of the 摘要 that names the project: a part of its name of four or more characters, or its core name. */
function noteNamesProject(summary: string, name: string, core: string): boolean {
  for (const m of summary.matchAll(/[（(]([^（()）]+)[)）]/gu)) {
    const note = m[1]!.trim();
    if ([...note].length >= 4 && (name.includes(note) || (core.length >= 4 && note.includes(core)))) return true;
  }
  return false;
}

/** The 摘要 without its bracketed notes (（机关食堂）, (3月), （基本公卫项目经费）): what is left names the cost. */
function withoutNotes(summary: string): string {
  return summary.replace(/[（(][^（()）]*[)）]/gu, ' ');
}

/**
 * Is the routine word a word of the 摘要, not characters of two neighbouring words (体检 inside 气体|检测 of
 * 便携式气体检测仪)? It is when one segment contains it, or when its first occurrence starts where a segment starts
 * and ends where a segment ends (物业|管理费).
 */
function isWordOf(summary: string, word: string, segment: (text: string) => string[]): boolean {
  const tokens = segment(summary);
  if (tokens.some((t) => t.includes(word))) return true;
  const i = summary.indexOf(word);
  const j = i + word.length;
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const t of tokens) {
    if (t === '') continue;
    for (let k = summary.indexOf(t); k >= 0; k = summary.indexOf(t, k + 1)) {
      starts.add(k);
      ends.add(k + t.length);
    }
  }
  return starts.has(i) && ends.has(j);
}

