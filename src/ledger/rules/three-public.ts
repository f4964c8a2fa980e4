/**
 * ledger.three-public — “三公” spending (接待, 出国/出境, 公务用车 running costs and purchase). Entries are
 * assigned a category by economic class or, failing that and only in the classes where 三公 spending can hide, by
 * evidence in the text: a licence plate, a restaurant or garage payee, words of the 摘要 — less negative context,
 * general and per category (data/ledger/three-public.json). An entry whose text says 三公 but whose economic
 * class is not a 三公 class is flagged (三公 spending hidden in other classes); refunds, red-ink reversals and
 * 调账 transfers net against what they reverse instead of being findings of their own. The sums per category,
 * counting the hidden ones, are compared with the 三公 budget and with the reported final figures. Within 公务用车 a purchase
 * item booked as running cost (车辆购置税 under 30231), or the reverse, counts where 决算 counts it and is flagged.
 */
import type { DepartmentYear } from '../../core/department-year.ts';
import { type Finding, finding } from '../../core/finding.ts';
import { type LedgerRule, prefixMatcher, wordAlternation, wordMatcher } from '../check-context.ts';
import { entryPath, type LedgerEntry, projectKeyOf, quoteSummary, summaryWithVoucher } from '../entry.ts';
import { type EvidenceKind, withEvidence } from '../evidence-strength.ts';
import { THREE_PUBLIC_CATEGORIES, type ThreePublicCategory } from '../rule-data.ts';
import { formatYuan } from '../format-money.ts';
import { makeThreePublicScorer, type TextReading } from '../three-public-score.ts';
import { ownAreaNames } from './summary-project-mismatch.ts';

/**
 * The text this rule reads of an entry: its 摘要 with its voucher's (公务用车维修：轮胎及刹车片 赣C·A2371). A voucher's
 * 摘要 states what all its lines paid for (a car's repair), each line names a part: neither alone says 三公.
 */
const said = (entry: Pick<LedgerEntry, 'summary' | 'voucherSummary'>): string => halfWidth(summaryWithVoucher(entry));

/**
 * Full-width Latin letters and digits (湘Ａ·１２３４５, ＥＴＣ, typed by an input method's full-width mode) read as their
 * half-width forms, so that plates and ETC match. Only letters and digits: full-width brackets and colons are the
 * words' own (因公出国（境）).
 */
function halfWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Bracketed notes and quotation or title marks, which do not end an event's subject (eventSubjects). */
/** A group named in a refund and its bill (慰问组, 考察团): two characters and 组 or 团. */
const GROUP_NOUN = /\p{Script=Han}{2}[组团]/gu;

/** Bracketed notes and quotation or title marks, which do not end an event's subject (eventSubjects). */
const SUBJECT_MARKS = /[（(][^（()）]*[)）]|[“”"《》〈〉「」『』]/gu;

export interface ThreePublicTotals {
  /** Entries booked under the category's economic classes. */
  readonly booked: Record<ThreePublicCategory, number>;
  /** Entries whose 摘要 names the category under another class. */
  readonly hidden: Record<ThreePublicCategory, number>;
  /**
   * Booked under the category's classes but naming an object that is clearly none of it (dust covers under 公务接待费,
   * a lift under 公务用车运行维护费): flagged and left out of the category's total (booked + hidden), kept here so
   * that a 决算 compiled by economic class — which holds them — can be reconciled.
   */
  readonly misbooked: Record<ThreePublicCategory, number>;
}

/** The 三公 totals of a ledger (booked under their classes, and found under other classes) with the findings. */
export function threePublicTotals(
  entries: Parameters<LedgerRule['check']>[0],
  context: Parameters<LedgerRule['check']>[1],
): { totals: ThreePublicTotals; findings: Finding[] } {
  const rules = context.rules.threePublic;
  // The unit's own place names, read from its payees (桑榆 of 桑榆县环宇国际旅行社): project-match.json localPlaces.
  const lp = context.rules.projectMatch.localPlaces;
  const ownAreas = lp ? ownAreaNames(entries, lp.suffixes, lp.maxNameLength) : new Set<string>();
  const byClass = THREE_PUBLIC_CATEGORIES.map((c) => ({ c, match: prefixMatcher(rules.categories[c].economic) }));
  // Words are tried purchase before running costs: 新购公务用车 is a purchase although 公务用车 is a running-cost word.
  const byWord = WORD_ORDER.map((c) => ({ c, match: wordMatcher(rules.categories[c].words) }));
  // A negative word is not sought across the end of a word that ends where it stands (员工 of 工作人员工作餐).
  const wordEnds = rules.excludeWords.wordEnds?.length ? new RegExp(`(?:${wordAlternation(rules.excludeWords.wordEnds)})`, 'gu') : undefined;
  // A word that holds a negative word inside it (面包车 holds 包车, a charter) is that word: nothing negative is sought within it.
  const wholeWords = rules.excludeWords.wholeWords?.length ? new RegExp(`(?:${wordAlternation(rules.excludeWords.wholeWords)})`, 'gu') : undefined;
  const broken = (text: string): string => {
    const ended = wordEnds ? text.replace(wordEnds, (w) => `${w}\u3000`) : text;
    return wholeWords ? ended.replace(wholeWords, (w) => '\u3000'.repeat(w.length)) : ended;
  };
  const rawExcluded = wordMatcher(rules.excludeWords.words);
  const excluded = (text: string) => rawExcluded(broken(text));
  const excludedPayee = wordMatcher(rules.excludeWords.payeeWords ?? rules.excludeWords.words);
  const genericPayee = wordMatcher(rules.genericPayees?.words ?? []);
  // A payee that is a person's name (the claimant) and names no trade of any category.
  const [nameMin, nameMax] = rules.genericPayees?.personNameLength ?? [0, -1];
  const anyTrade = wordMatcher(THREE_PUBLIC_CATEGORIES.flatMap((c) => rules.categories[c].payeeWords ?? []));
  const isPerson = (payee: string): boolean =>
    payee.length >= nameMin && payee.length <= nameMax && /^\p{Script=Han}+$/u.test(payee) && anyTrade(payee) === undefined;
  // A category's negative context: its exclude words, and a domestic trip about a subject of the category.
  const negativeFor = Object.fromEntries(
    THREE_PUBLIC_CATEGORIES.map((c) => {
      const cat = rules.categories[c];
      const words = wordMatcher(cat.excludeWords ?? []);
      const places = (cat.pairedWords ?? []).flatMap((p) => p.words);
      // The domestic places are the topic's own (省城, 外地) and those its pairs know (长沙, 省: `domesticAfter`).
      const home = (cat.pairedWords ?? []).flatMap((p) => p.domesticAfter?.places ?? []);
      const domestic = cat.domesticTopic
        ? domesticTopicMatcher(
            { ...cat.domesticTopic, places: [...cat.domesticTopic.places, ...home] },
            [...cat.words, ...(cat.weakWords ?? []), ...places],
            places,
          )
        : () => undefined;
      // A noun of the pairs qualifying another object (新能源汽车原理展品: an exhibit, not a car; 车辆GPS定位终端: Latin letters
      // of the object's name between). 及 or 、 between (执法车辆及车载终端) names two things bought: the car stays (和, 与 may join a trade's name: 汽车美容与装潢专业).
      // A vehicle named by its work (垃圾压缩车): the function word, a few Han characters, 车 (and 辆) — not ending in a car
      // noun of the pairs (环卫处公务车: the unit's car).
      const sv = cat.specialVehicles;
      const specialRe = sv?.functions.length
        ? new RegExp(`(?:${wordAlternation(sv.functions)})(\\p{Script=Han}{0,${sv.maxGap}}?车辆?)`, 'gu')
        : undefined;
      const carNouns = (rules.categories.vehicleOperation.pairedWords ?? []).flatMap((p) => p.words);
      const special = (text: string): string | undefined => {
        if (!specialRe) return undefined;
        // 垃圾车辆: the function right before 车 names the vehicle; 环卫所车辆: a car noun after other words is a car.
        // A car noun written before 车 (皮卡 of 养护站皮卡车) is one too.
        for (const m of text.matchAll(specialRe)) {
          const body = m[1]!;
          const head = body.replace(/车辆?$/u, '');
          // A car noun in brackets right after the vehicle (流调专用车1辆（SUV）) names the kind of car it is: a car.
          const note = /^[\d一二两三四五六七八九十]*辆?[（(]([^（()）]*)[)）]/u.exec(text.slice(m.index + m[0].length))?.[1];
          if (note !== undefined && carNouns.some((n) => note.includes(n))) continue;
          if (/^车辆?$/u.test(body) || !carNouns.some((n) => body.endsWith(n) || (head !== '' && head.endsWith(n)))) return m[0];
        }
        return undefined;
      };
      // A machine's fuel (草坪修剪机汽油): 机 right after a Han character and right before a fuel word — not a car's
      // driver or engine (司机加油, 发动机机油), and not beside a licence plate, which says the car. So is an apparatus's
      // (发动机台架用汽油, 发电机组柴油: machineFuel.apparatusWords), 用 (for) written between or not.
      const mf = cat.machineFuel;
      const consumers = wordAlternation(['机', ...(mf?.apparatusWords ?? [])]);
      const machineFuelRe = mf?.fuelWords.length
        ? new RegExp(`(?<=\\p{Script=Han})(${consumers})用?(?=(${wordAlternation(mf.fuelWords)}))`, 'gu')
        : undefined;
      const plate = cat.platePattern ? new RegExp(cat.platePattern, 'u') : undefined;
      const machineFuel = (text: string): string | undefined => {
        if (!machineFuelRe || !mf || plate?.test(text)) return undefined;
        for (const m of text.matchAll(machineFuelRe)) {
          const upTo = text.slice(0, m.index + m[1]!.length);
          if (!mf.notMachines.some((w) => upTo.endsWith(w))) return `${text.slice(Math.max(0, m.index + m[1]!.length - 3), m.index + m[0].length)}${m[2]}`;
        }
        return undefined;
      };
      const q = cat.qualifiedObjects;
      const qualified = q
        ? new RegExp(`(?:${wordAlternation(places)})(?:(?![及、])[\\p{Script=Han}A-Za-z]){0,${q.maxGap}}?(?:${wordAlternation(q.objects)})`, 'u')
        : undefined;
      const objectReading = (text: string) => domestic(text) ?? (qualified ? qualified.exec(text)?.[0] : undefined) ?? special(text) ?? machineFuel(text);
      return [c, { words: (text: string) => words(broken(text)), object: objectReading }];
    }),
  ) as Record<ThreePublicCategory, { words: (text: string) => string | undefined; object: (text: string) => string | undefined }>;
  // A category's negative context: its negative words, then the readings of what the object is (always held).
  const excludedFor = Object.fromEntries(
    THREE_PUBLIC_CATEGORIES.map((c) => [c, (text: string) => negativeFor[c].words(text) ?? negativeFor[c].object(text)]),
  ) as Record<ThreePublicCategory, (text: string) => string | undefined>;
  // A trip booked under the category's own class (30212) whose every destination is domestic and that names nothing of the
  // category but as a subject: a domestic trip mis-booked (domesticTopic.misbookedUnderClass of the data).
  const domesticTripUnderClass = Object.fromEntries(
    THREE_PUBLIC_CATEGORIES.map((c) => {
      const cat = rules.categories[c];
      if (!cat.domesticTopic?.misbookedUnderClass) return [c, () => undefined];
      const places = (cat.pairedWords ?? []).flatMap((p) => p.words);
      const home = (cat.pairedWords ?? []).flatMap((p) => p.domesticAfter?.places ?? []);
      return [
        c,
        domesticTopicMatcher({ ...cat.domesticTopic, places: [...cat.domesticTopic.places, ...home] }, [...cat.words, ...(cat.weakWords ?? []), ...places], places, true),
      ];
    }),
  ) as Record<ThreePublicCategory, (text: string) => string | undefined>;
  const textClassIncluded = prefixMatcher(rules.textEvidenceEconomic?.codes ?? ['']);
  const textClassExcluded = prefixMatcher(rules.textEvidenceEconomic?.excludedCodes ?? []);
  // Buildings, infrastructure and land compensation (基础设施建设 31005 …) cannot be a meal, a trip or a car.
  const textClass = (code: string) => (textClassExcluded(code) === undefined ? textClassIncluded(code) : undefined);
  const byPair = WORD_ORDER.flatMap((c) =>
    (rules.categories[c].pairedWords ?? []).map((p) => ({
      c,
      word: wordMatcher(p.words),
      withAny: withPattern(withPattern(wordMatcher(p.withAny), p.withPattern), p.groupPattern),
      economic: p.economic ? prefixMatcher(p.economic) : () => '',
      unless: wordMatcher(p.unlessAny ?? []),
      breaks: p.groupNameBreaks,
      ownTravel: ownTravelMatcher(p.ownTravel),
      domestic: p.domesticAfter ? new RegExp(`(?:${wordAlternation(p.domesticAfter.verbs)})(?=${wordAlternation(p.domesticAfter.places)})`, 'gu') : undefined,
      otherSense: otherSenseMasker(p.otherSense),
      people: p.peopleAfter
        ? new RegExp(
            `${p.peopleAfter.notAfter.length > 0 ? `(?<!${wordAlternation(p.peopleAfter.notAfter)})` : ''}(?:${wordAlternation(p.words)})(?=${wordAlternation(p.peopleAfter.nouns)})`,
            'gu',
          )
        : undefined,
      eventClass: prefixMatcher(p.unlessInClass?.economic ?? []),
      eventWord: wordMatcher(p.unlessInClass?.words ?? []),
      // A party that came: the exception's words, or what the pair's pattern names (外县文联采风团: a body of elsewhere as a group).
      visiting: withPattern(wordMatcher(p.unlessInClass?.unlessAny ?? []), p.unlessInClass ? p.withPattern : undefined),
    })),
  );
  const zero = () => Object.fromEntries(THREE_PUBLIC_CATEGORIES.map((c) => [c, 0])) as Record<ThreePublicCategory, number>;
  const totals: ThreePublicTotals = { booked: zero(), hidden: zero(), misbooked: zero() };
  const out: Finding[] = [];
  // What the 摘要 says a bill to a payee of the category, or for a plated car, was for: the category's purpose words and
  // its own words (餐费, 加油, 维修; a car noun or a visiting group of its pairs).
  const purposeOf = (c: ThreePublicCategory) => {
    const cat = rules.categories[c];
    // Words that hold a purpose word but name something else (风险, 危险 hold 险) are masked first.
    const not = (cat.notPurposeWords ?? []).length > 0 ? anyOf(cat.notPurposeWords ?? []) : undefined;
    const match = wordMatcher([
      ...(cat.purposeWords ?? []),
      ...cat.words,
      ...(cat.weakWords ?? []),
      ...(cat.explainedWords ?? []),
      ...(cat.pairedWords ?? []).flatMap((p) => [...p.words, ...p.withAny]),
    ]);
    return (text: string) => match(not ? text.replace(not, mask) : text);
  };
  // A bill that says nothing but that it was paid (data three-public.json `bareBill`): paid to a merchant of the category's
  // trade itself under a class of goods or services it does not sell, the bill is of its trade (`paidOnly`); a meal named
  // alone under an event's class (晚餐 under 会议费) is not explained by that class (`mealAlone`).
  const bareBillReader = (c: ThreePublicCategory) => {
    const cat = rules.categories[c];
    const bb = cat.bareBill;
    if (!bb) return { paidOnly: (_entry: LedgerEntry) => false, mealAlone: (_entry: LedgerEntry) => false, ownTownLodging: (_entry: LedgerEntry) => undefined };
    const merchant = wordMatcher(cat.cardMerchant?.words ?? []);
    const supplier = wordMatcher(bb.unlessPayeeWords ?? []);
    const traders = new RegExp(`\\p{Script=Han}{0,4}(?:${wordAlternation(cat.payeeWords ?? [])})`, 'gu');
    const payment = anyOf(bb.paymentWords);
    const meal = anyOf(bb.mealWords);
    const inClass = prefixMatcher(bb.economic);
    const eventClass = prefixMatcher(bb.eventEconomic);
    // The 摘要 without the payee's name, traders' names, dates and numbers, and the words of paying.
    const rest = (entry: LedgerEntry): string => {
      const payee = entry.payee ?? '';
      const text = payee === '' ? said(entry) : said(entry).split(payee).join(mask(payee));
      return text.replace(traders, mask).replace(/[0-9０-９]+\s*(?:月份|[年月日号])?/gu, mask).replace(payment, mask);
    };
    const han = /\p{Script=Han}/u;
    // A bare lodging bill (住宿费（2间1晚）) at a hotel named after the unit's own place (桑榆宾馆, 澧源县锦程商务酒店)
    // under a travel class: a journey is away from the place of work (《党政机关国内差旅费管理办法》 财行〔2013〕531号 第二条:
    // 出差 is to places other than 常驻地), so the night was no traveller's of the unit: it lodged someone who came.
    const otl = bb.ownTownLodging;
    const lodgingClass = prefixMatcher(otl?.economic ?? []);
    const hotel = wordMatcher(otl?.hotelWords ?? []);
    const lodgingWords = anyOf(otl?.lodgingWords.length ? otl.lodgingWords : ['\u0000']);
    const counts = new RegExp(`[0-9０-９一二两三四五六七八九十]+\\s*(?:${wordAlternation(otl?.countUnits.length ? otl.countUnits : ['\u0000'])})`, 'gu');
    return {
      ownTownLodging: (entry: LedgerEntry): string | undefined => {
        const payee = entry.payee ?? '';
        if (!otl || payee === '' || lodgingClass(entry.economicCode) === undefined || hotel(payee) === undefined) return undefined;
        const place = [...ownAreas].find((a) => payee.startsWith(a));
        if (place === undefined) return undefined;
        // The counts and the lodging words first (2间1晚, 房费): `rest` masks the digits alone and 费 alone.
        const text = said(entry).replace(counts, mask);
        const unlodged = text.replace(lodgingWords, mask);
        return unlodged !== text && !han.test(rest({ ...entry, summary: unlodged, voucherSummary: undefined })) ? place : undefined;
      },
      paidOnly: (entry: LedgerEntry): boolean => {
        const payee = entry.payee ?? '';
        if (payee === '' || genericPayee(payee) !== undefined || isPerson(payee) || merchant(payee) === undefined || supplier(payee) !== undefined) return false;
        return inClass(entry.economicCode) !== undefined && !han.test(rest(entry));
      },
      mealAlone: (entry: LedgerEntry): boolean => {
        if (eventClass(entry.economicCode) === undefined || supplier(entry.payee ?? '') !== undefined) return false;
        const r = rest(entry);
        const withoutMeal = r.replace(meal, mask);
        return withoutMeal !== r && !han.test(withoutMeal);
      },
    };
  };
  const byPayee = THREE_PUBLIC_CATEGORIES.flatMap((c) => {
    const cat = rules.categories[c];
    if (!cat.payeeWords || cat.payeeWords.length === 0) return [];
    return [
      {
        c,
        match: wordMatcher(cat.payeeWords),
        // The payee's trade named in the 摘要 (县好味饭店) is no purpose: 饭 of 饭店 is not a meal.
        // So is a word inside the trader's name before its trade word (来宾 of 来宾楼宾馆): up to four Han characters.
        trade: new RegExp(`\\p{Script=Han}{0,4}(?:${wordAlternation(cat.payeeWords)})`, 'gu'),
        purpose: purposeOf(c),
        explained: prefixMatcher(cat.payeeExplainedByEconomic ?? []),
        explainedBy: wordMatcher(cat.payeeExplainedByWords ?? []),
        bare: bareBillReader(c),
      },
    ];
  });
  // A 公务卡 repayment names the merchant where the card was used: at a merchant of the category's trade (a restaurant),
  // booked under a class of goods it does not sell (办公费) and with nothing else said, the bill is of that trade (data
  // three-public.json genericPayees.cardBillWords, cardMerchant). Under 其他商品和服务支出 the bare line stays silent.
  const cardBill = wordMatcher(rules.genericPayees?.cardBillWords ?? []);
  const cardBillWords = anyOf(rules.genericPayees?.cardBillWords ?? []);
  const cardMerchants = Object.fromEntries(
    THREE_PUBLIC_CATEGORIES.flatMap((c) => {
      const m = rules.categories[c].cardMerchant;
      if (!m || (rules.genericPayees?.cardBillWords ?? []).length === 0) return [];
      // The merchant's name: the Han characters up to and with its trade word (栗山人家土菜馆).
      const consumption = m.consumption;
      return [
        [
          c,
          {
            trade: wordMatcher(m.words),
            names: new RegExp(`\\p{Script=Han}*(?:${wordAlternation(m.words)})`, 'gu'),
            inClass: prefixMatcher(m.economic),
            consumed: consumption ? wordMatcher(consumption.words) : () => undefined,
            notConsumed: anyOf(consumption?.unlessWords.length ? consumption.unlessWords : ['\u0000']),
            consumedInClass: prefixMatcher([...m.economic, ...(consumption?.economic ?? [])]),
          },
        ],
      ];
    }),
  ) as Partial<
    Record<
      ThreePublicCategory,
      {
        trade: (t: string) => string | undefined;
        names: RegExp;
        inClass: (code: string) => string | undefined;
        consumed: (t: string) => string | undefined;
        notConsumed: RegExp;
        consumedInClass: (code: string) => string | undefined;
      }
    >
  >;
  const cardMerchantOf = (entry: LedgerEntry, c: ThreePublicCategory, party: string): string | undefined => {
    const m = cardMerchants[c];
    const text = said(entry);
    const bill = m ? cardBill(text) : undefined;
    if (!m || bill === undefined) return undefined;
    const trade = m.trade(party);
    if (trade === undefined) return undefined;
    // The card used at the merchant (…酒楼 5月14日消费), outside the card word (公务卡消费), the merchant's name and
    // compounds naming no purchase (消费帮扶): the bill is of its trade, a second fact.
    const consumed = m.consumed(text.replace(cardBillWords, mask).replace(m.names, mask).replace(m.notConsumed, mask));
    if (consumed !== undefined && m.consumedInClass(entry.economicCode) !== undefined) return `系${bill}（刷卡商户“${trade}”），摘要含“${consumed}”`;
    if (m.inClass(entry.economicCode) === undefined) return undefined;
    // Nothing else said: the card word, the merchant's name and the cardholder (the payee cell) masked, no Han text is left.
    let rest = text.replace(cardBillWords, mask).replace(m.names, mask);
    const payee = entry.payee ?? '';
    if (payee !== '') rest = rest.split(payee).join(mask(payee));
    return /\p{Script=Han}/u.test(rest) ? undefined : `系${bill}（刷卡商户“${trade}”），摘要未写所购他物`;
  };
  const byPlate = THREE_PUBLIC_CATEGORIES.flatMap((c) => {
    const pattern = rules.categories[c].platePattern;
    return pattern ? [{ c, re: new RegExp(pattern, 'u'), purpose: purposeOf(c) }] : [];
  });
  // Weak words, and what corroborates them: another word of the category (strong, weak, a weak meal word or a word
  // of its pairs) at another place of the 摘要.
  const byWeak = WORD_ORDER.map((c) => {
    const cat = rules.categories[c];
    const weak = cat.weakWords ?? [];
    const others = [...cat.words, ...weak, ...(cat.pairedWords ?? []).flatMap((p) => p.withAny)];
    // In a class whose own costs the weak words name (过路费, 停车费 of a trip under 差旅费), a second weak word is no
    // second fact.
    const weakExplainedByClass = prefixMatcher(cat.weakPairsExplainedByEconomic ?? []);
    const strongOthers = wordMatcher([...cat.words, ...(cat.pairedWords ?? []).flatMap((p) => p.withAny)]);
    // A meal or a night's lodging (午餐, 住宿) corroborates only where neither the class nor the 摘要 explains it (a
    // conference's or a course's meals, a traveller's hotel); a visiting group (客商, 检查组) always does.
    const explainable = [...(cat.explainedWords ?? []), ...(cat.pairedWords ?? []).flatMap((p) => p.words)];
    const explainedByClass = prefixMatcher(cat.payeeExplainedByEconomic ?? []);
    const explainedByWords = wordMatcher(cat.payeeExplainedByWords ?? []);
    const allOthers = wordMatcher(others);
    const driverPayee = wordMatcher(cat.driverPayeeWords ?? []);
    return {
      c,
      weak: weak.length === 0 ? undefined : anyOf(weak),
      other: (entry: LedgerEntry, text: string) =>
        (weakExplainedByClass(entry.economicCode) !== undefined ? strongOthers : allOthers)(text),
      explainable: wordMatcher(explainable),
      explained: (entry: LedgerEntry) => explainedByClass(entry.economicCode) !== undefined || explainedByWords(said(entry)) !== undefined,
      // The unit's driver paid (本局驾驶员): his road costs are the car's he drives — a fact apart from the 摘要's word.
      driver: (entry: LedgerEntry) => (entry.payee ? driverPayee(entry.payee) : undefined),
    };
  });
  // A trip, meeting or course about a 三公 subject (赴市参加公务用车管理工作会差旅费): the category's words that name the
  // event's subject are masked before its words and weak words are sought (data three-public.json eventSubjects).
  const events = rules.eventSubjects;
  const eventClass = prefixMatcher(events?.economic ?? []);
  const subjectMaskers = THREE_PUBLIC_CATEGORIES.map((c) => {
    const cat = rules.categories[c];
    const words = anyOf([...cat.words, ...(cat.weakWords ?? [])]);
    const purpose = purposeOf(c);
    const topic = wordMatcher(events?.topicNouns ?? []);
    const cost = new RegExp(wordAlternation(events?.costWords.length ? events.costWords : ['\u0000']), 'u');
    // A procurement evaluated (…维修服务采购项目评标专家劳务费): the purpose word is the tendered service's.
    const procured = wordMatcher(events?.procured?.words ?? []);
    // `procuredSubjects` collects the subjects of procurements evaluated (公务用车定点维修服务采购项目) that it masks.
    return (text: string, procuredSubjects?: string[]): string =>
      text.replace(words, (word, at: number) => {
        // A bracketed note inside the subject (因公出国（境）管理) and quotation or title marks around it (“因公出国（境）
        // 管理”专题培训) do not end it.
        const after = /^\p{Script=Han}*/u.exec(text.slice(at + word.length).replace(SUBJECT_MARKS, ''))![0];
        const cut = cost.exec(after);
        const phrase = cut ? after.slice(0, cut.index) : after;
        if (topic(phrase) === undefined) return word;
        if (purpose(phrase) === undefined) return mask(word);
        if (procured(phrase) === undefined) return word;
        // A procurement evaluated: the phrase's purpose words (维修) are the tendered service's, part of the subject.
        procuredSubjects?.push(word + phrase);
        return mask(word);
      });
  });
  // The category's words that wordText masked in an entry's text as an event's subject.
  const categoryWords = Object.fromEntries(
    THREE_PUBLIC_CATEGORIES.map((c) => [c, [...rules.categories[c].words, ...(rules.categories[c].weakWords ?? [])]]),
  ) as Record<ThreePublicCategory, string[]>;
  const maskedSubjectWords = (c: ThreePublicCategory, entry: LedgerEntry): string[] => {
    const masked = wordText(entry);
    const text = said(entry);
    return masked === text ? [] : categoryWords[c].filter((word) => text.includes(word) && !masked.includes(word));
  };
  const wordText = (entry: LedgerEntry): string =>
    events !== undefined && eventClass(entry.economicCode) !== undefined ? subjectMaskers.reduce((t, m) => m(t), said(entry)) : said(entry);
  // The procured subjects of an entry's text (公务用车定点维修服务采购项目): a pair inside one (用车 + 维修) is the tender's.
  const procuredSubjects = (entry: LedgerEntry): string[] => {
    const found: string[] = [];
    if (events !== undefined && eventClass(entry.economicCode) !== undefined) subjectMaskers.reduce((t, m) => m(t, found), said(entry));
    return found;
  };
  const purchaseWord = wordMatcher([...rules.categories.vehiclePurchase.words, ...(rules.categories.vehiclePurchase.weakWords ?? [])]);
  const purchaseClass = prefixMatcher(rules.categories.vehiclePurchase.evidenceEconomic ?? []);
  const purchasePairs = (rules.categories.vehiclePurchase.pairedWords ?? []).map((p) => ({ word: wordMatcher(p.words), verb: wordMatcher(p.withAny) }));
  const purchasePair = (text: string): boolean => purchasePairs.some((p) => p.word(text) !== undefined && p.verb(text) !== undefined);

  /**
   * The text evidence that an entry outside the 三公 classes is 三公 spending, strongest first. Every kind rests on two
   * facts: a plate with a vehicle purpose, a payee of the category with a purpose of its trade, a word naming the
   * 三公 item itself, two words together, or a weak word with a second word of its category.
   */
  // Negative words that a plate in the same 摘要 overrides (excludeWords.plateOverrides: 加油站 is a place — a student's
  // internship site — unless a plated car was fuelled there: 付城南加油站湘NC7J21油费).
  const plateOverrides = rules.excludeWords.plateOverrides?.length ? anyOf(rules.excludeWords.plateOverrides) : undefined;
  // The contents of quotation or title marks (excludeWords.titleMarks) name a title, not what was paid.
  const tm = rules.excludeWords.titleMarks;
  const titleRe = tm?.open.length
    ? new RegExp(tm.open.map((o, i) => `${escapeRegExp(o)}[^${escapeRegExp(o)}${escapeRegExp(tm.close[i] ?? o)}]*${escapeRegExp(tm.close[i] ?? o)}`).join('|'), 'gu')
    : undefined;
  const maskTitles = (text: string): string => (titleRe ? text.replace(titleRe, mask) : text);
  // Negative words that a visiting party named in the same 摘要 overrides (excludeWords.partyOverrides: 来访接待 is the
  // public's reception, unless a group that came is named — 外省考察团来访接待用餐 is that group's meal).
  const po = rules.excludeWords.partyOverrides;
  const partyOverrides = po?.words.length ? anyOf(po.words) : undefined;
  const partyGroups = (rules.categories.reception.pairedWords ?? []).flatMap((p) => (p.groupPattern ? [new RegExp(p.groupPattern, 'u')] : []));
  const partyWord = wordMatcher(po?.parties ?? []);
  const namesParty = (text: string): boolean => partyWord(text) !== undefined || partyGroups.some((re) => re.test(text));
  // Negative words naming an errand's topic (excludeWords.errandTopics: 补助, 培训, 安全检查 …) rank below a plate: beside
  // one they are masked as the errand the car served — but not inside a longer negative word (交通补贴 still holds).
  const topics = rules.excludeWords.errandTopics?.words ?? [];
  const negativeWords = [
    ...rules.excludeWords.words,
    ...THREE_PUBLIC_CATEGORIES.flatMap((c) => rules.categories[c].excludeWords ?? []),
  ];
  // A topic right before 用车/出车 (安全检查用车) names the car by its use — a designated vehicle — and still holds.
  const namedByUse = topics.flatMap((t) => (rules.excludeWords.errandUseWords ?? []).map((u) => `${t}${u}`));
  const holders = [...new Set([...negativeWords.filter((w) => topics.some((t) => w !== t && w.includes(t))), ...namedByUse])];
  const topicRe = topics.length ? new RegExp(`(?:${wordAlternation([...holders, ...topics])})`, 'gu') : undefined;
  const topicSet = new Set(topics);
  const maskTopics = (text: string): string => (topicRe ? text.replace(topicRe, (w) => (topicSet.has(w) ? mask(w) : w)) : text);
  // `whole`: the 摘要 the plate or party is sought in, when `text` is a part of it with a group's name masked.
  const negativeText = (text: string, whole: string = text): string => {
    const plated = byPlate.some((p) => p.re.test(whole)) ? maskTopics(plateOverrides !== undefined ? text.replace(plateOverrides, mask) : text) : text;
    // A party that came outranks the topic words as a plate does: they are what the visit was about (督导组…指导抢险).
    if (!namesParty(whole)) return plated;
    return maskTopics(partyOverrides !== undefined ? plated.replace(partyOverrides, mask) : plated);
  };
  // `outranked`: the entry's negative words are outranked by a structured fact (three-public-score.json): read without
  // them, the readings of what the object is (a special vehicle, a machine's fuel, a domestic trip) still holding.
  // `wordsOnly`: the plate and payee readings skipped (the 摘要's own words read, when a trade's reading falls short).
  const evidenceOf = (entry: LedgerEntry, outranked = false, wordsOnly = false): Hit | undefined => {
    const payee = entry.payee ?? '';
    // Negative context (信访接待室, 电梯年检 …) ends the search for this entry.
    if (!outranked && (excluded(negativeText(said(entry))) || (payee !== '' && excludedPayee(payee)))) return undefined;
    const negative = (c: ThreePublicCategory) => (outranked ? negativeFor[c].object : excludedFor[c]);
    // The plate overrides apply to the categories' own negative words too (水泵 beside a plate is the car's water pump).
    const allowed = (c: ThreePublicCategory) => negative(c)(negativeText(said(entry))) === undefined;
    let hit: Hit | undefined;
    for (const p of wordsOnly ? [] : byPlate) {
      const m = p.re.exec(said(entry)) ?? (payee !== '' ? p.re.exec(payee) : null);
      // A plate says “a car”; the 摘要 must say what was paid for it (加油, 维修, 年检 …).
      const why = m ? p.purpose(said(entry).replace(m[0], mask(m[0]))) : undefined;
      if (m && why !== undefined && allowed(p.c)) {
        hit = { c: p.c, evidence: `车牌号“${m[0]}”，摘要含“${why}”`, kind: 'plate', reading: 'purpose' };
        break;
      }
    }
    // A payee cell that names no trading party (a 公务卡 repayment, 报销人), or none at all: the 摘要 may name it
    // (公务卡还款（县好味饭店餐费）, 付县锦江大酒店午餐费). A restaurant named as the object of the work (农家乐消防检查,
    // 沿街餐馆垃圾分类宣传) says no purpose of its trade once its name is masked, and is no evidence.
    const party = payee === '' || genericPayee(payee) !== undefined || isPerson(payee) ? said(entry) : payee;
    if (!hit && party !== '' && !wordsOnly) {
      for (const p of byPayee) {
        const w = p.match(party);
        const lodgedHere = w === undefined ? undefined : p.bare.ownTownLodging(entry);
        if (w === undefined || (p.explainedBy(said(entry)) !== undefined && lodgedHere === undefined) || !allowed(p.c)) continue;
        if (p.explained(entry.economicCode) && !p.bare.mealAlone(entry) && lodgedHere === undefined) continue;
        // The trade alone is one fact: the 摘要 must say the bill is of that trade (餐费 at a restaurant, 加油 at a fuel company).
        // A car dealer paid under a capital class (设备购置) sold an asset: the class is its purpose.
        const word = p.purpose(said(entry).replace(p.trade, mask));
        const byClassOfPurchase = word === undefined && p.c !== 'reception' && purchaseClass(entry.economicCode) !== undefined;
        const card = word === undefined && !byClassOfPurchase ? cardMerchantOf(entry, p.c, party) : undefined;
        const paidOnly = word === undefined && !byClassOfPurchase && card === undefined && (p.bare.paidOnly(entry) || lodgedHere !== undefined);
        const why =
          word !== undefined
            ? `摘要含“${word}”${lodgedHere !== undefined ? `，宾馆在本地（${lodgedHere}），差旅费不报销常驻地住宿` : ''}`
            : byClassOfPurchase
              ? `经济分类 ${entry.economicCode} 为购置`
              : (card ??
                (lodgedHere !== undefined
                  ? `摘要只记住宿，宾馆在本地（${lodgedHere}），差旅费不报销常驻地住宿（经济分类 ${entry.economicCode}）`
                  : paidOnly
                    ? `摘要只记付款，未写所购他物（经济分类 ${entry.economicCode}）`
                    : undefined));
        if (why === undefined) continue;
        const reading: TextReading = word !== undefined ? 'purpose' : byClassOfPurchase ? 'class' : paidOnly ? 'bare' : 'card';
        hit = { c: p.c, evidence: party === payee ? `收款方“${payee}”（${w}），${why}` : `摘要所记收款方（${w}），${why}`, kind: 'payee', reading };
        break;
      }
    }
    if (!hit) {
      for (const candidate of byWord) {
        const w = candidate.match(wordText(entry));
        if (w !== undefined && allowed(candidate.c)) {
          hit = { c: candidate.c, evidence: `摘要含“${w}”`, kind: 'summary-word', reading: 'word', found: [w] };
          break;
        }
      }
    }
    if (!hit) {
      // Two words together (赴 + 新加坡, 检查组 + 午餐), whatever the entry's class.
      for (const p of byPair) {
        // 海外华裔青少年: a place naming the people who came from it is no destination of the pair. A title in quotation
        // marks (“出国门看园林”图片展) names an exhibition or a campaign, not a trip: its words are masked.
        const own = maskTitles(p.people ? said(entry).replace(p.people, mask) : said(entry));
        const w = p.word(own);
        // Both words of the pair inside one word of the category masked as an event's subject (车辆保养常识讲座讲课费:
        // 车辆 and 保养 in 车辆保养) are the talk's subject, as that word is; a pair word that only overlaps a masked word
        // (台湾 of 赴台湾交流差旅费, 赴台 masked) still pairs.
        if (w !== undefined && maskedSubjectWords(p.c, entry).some((m) => m.includes(w) && p.withAny(m) !== undefined)) continue;
        // Both inside the subject of a procurement evaluated (用车 and 维修 of 公务用车定点维修服务采购项目评标专家劳务费).
        if (w !== undefined && procuredSubjects(entry).some((m) => p.word(m) !== undefined && p.withAny(m) !== undefined)) continue;
        // 赴长沙: a travel verb followed by a domestic place is no travel word of a trip abroad.
        // 网站…“境外访问”安全监测: 访问 of a network is access, no travel word (otherSense).
        const other = w === undefined ? undefined : p.withAny(p.otherSense(p.domestic ? own.replace(p.domestic, mask) : own));
        if (w === undefined || other === undefined || p.economic(entry.economicCode) === undefined || p.unless(said(entry)) !== undefined) continue;
        if (p.ownTravel(entry)) continue;
        // The group's own name (省教师培训评估组) may hold an exclude word of the category: it names what the group
        // reviews, not who ate, and is masked before the category's exclusions are sought.
        const text = p.breaks ? maskGroupName(said(entry), other, p.breaks, p.word) : said(entry);
        // Booked as an event (会议费) and naming it (会议, 培训班) outside the group's name, the group not named as a
        // party that came (一行, 莅临; 外县文联采风团, read before its name is masked): the participants' meal.
        if (p.eventClass(entry.economicCode) !== undefined && p.eventWord(text) !== undefined && p.visiting(said(entry)) === undefined) continue;
        if (negative(p.c)(negativeText(text, said(entry))) === undefined) {
          hit = { c: p.c, evidence: `摘要含“${w}”和“${other}”`, kind: 'summary-word', reading: 'pair' };
          break;
        }
      }
    }
    if (!hit) {
      // A weak word (接待, 签证, ETC) with a second word of its category elsewhere in the 摘要 (接待…用餐, 公车ETC).
      // Alone — like a weak meal word (工作餐) alone — it is no finding.
      for (const candidate of byWeak) {
        if (!candidate.weak || !allowed(candidate.c)) continue;
        candidate.weak.lastIndex = 0;
        const text = maskTitles(wordText(entry));
        const m = candidate.weak.exec(text);
        if (!m) continue;
        // The same weak word written again (接待中心…含接待) states the same fact twice, not a second one: every
        // occurrence of it is masked before a second word is sought.
        const rest = text.split(m[0]).join(mask(m[0]));
        const other = candidate.other(entry, rest) ?? (candidate.explained(entry) ? undefined : candidate.explainable(rest));
        const driver = other === undefined ? candidate.driver(entry) : undefined;
        if (other === undefined && driver === undefined) continue;
        const evidence = other !== undefined ? `摘要含“${m[0]}”和“${other}”` : `摘要含“${m[0]}”，收款人“${entry.payee}”（${driver}）`;
        hit = { c: candidate.c, evidence, kind: 'summary-word', reading: 'weak' };
        break;
      }
    }
    // A plate or a garage says “car”; the 摘要 says whether it was bought (新购…上牌) or run — a new car's
    // insurance or fuel (新购车辆保险: vehiclePurchase.excludeWords) is running cost.
    // So does a car noun with a buying verb (公务用车采购合同首付款 to a car dealer) when no running item is named
    // (采购公务用车轮胎 stays running cost).
    if (
      hit &&
      hit.c === 'vehicleOperation' &&
      allowed('vehiclePurchase') &&
      (purchaseWord(said(entry)) !== undefined ||
        purchaseClass(entry.economicCode) !== undefined ||
        (purchasePair(said(entry)) && operationWord(said(entry)) === undefined))
    ) {
      hit = { ...hit, c: 'vehiclePurchase' };
    }
    return hit;
  };

  // A car's bill with a note of the trip it served (黔E·C6021加油（赴乡镇核查两项补贴）): the note, opened by a trip's verb
  // (errandVerbs), names the errand — its words (补贴, 安全检查, 培训) are what the trip was about, not what was paid, and
  // cancel no evidence the rest of the 摘要 gives. Read without the note, and only for the car categories: a trip out
  // (赴) is the opposite of a visit received, and abroad is a destination, not an errand.
  // A note ending in the trip and the car's use (（宗教场所安全检查下乡用车）, （…赴乡镇用车）: errandUseWords) names the
  // errand the same way, its subject written first: the subject is read out, the trip and the car (下乡租用车: hired) stay.
  const errandVerbs = rules.excludeWords.errandVerbs ?? [];
  const useWords = rules.excludeWords.errandUseWords ?? [];
  const errandNote = errandVerbs.length ? new RegExp(`[（(](?:${wordAlternation(errandVerbs)})[^（()）]*[)）]`, 'gu') : undefined;
  const errandUseNote =
    errandVerbs.length && useWords.length
      ? new RegExp(`(?<=[（(])[^（()）]+?(?=(?:${wordAlternation(errandVerbs)})\\p{Script=Han}{0,3}?(?:${wordAlternation(useWords)})[)）])`, 'gu')
      : undefined;
  const withoutErrand = (text: string): string => {
    const noted = errandNote ? text.replace(errandNote, mask) : text;
    return errandUseNote ? noted.replace(errandUseNote, mask) : noted;
  };
  const carBillOfErrand = (entry: LedgerEntry): Hit | undefined => {
    if (!errandNote) return undefined;
    const summary = withoutErrand(entry.summary);
    const voucherSummary = entry.voucherSummary === undefined ? undefined : withoutErrand(entry.voucherSummary);
    if (summary === entry.summary && voucherSummary === entry.voucherSummary) return undefined;
    const hit = evidenceOf({ ...entry, summary, ...(voucherSummary !== undefined ? { voucherSummary } : {}) });
    return hit && (hit.c === 'vehicleOperation' || hit.c === 'vehiclePurchase') ? hit : undefined;
  };

  // A running item (交强险, 加油), not a word naming the car itself (公务用车): a car booked as a purchase is one.
  const carWords = new Set(rules.categories.vehicleOperation.carWords ?? []);
  const operationWord = wordMatcher(
    [...rules.categories.vehicleOperation.words, ...(rules.categories.vehicleOperation.weakWords ?? [])].filter((w) => !carWords.has(w)),
  );
  const purchaseVerb = wordMatcher((rules.categories.vehiclePurchase.pairedWords ?? []).flatMap((p) => p.withAny));
  // Whether the text names anything of the category booked: a word, purpose or pair word of it (餐, 接待, 来访; 加油,
  // 车辆; 出访, a country), a licence plate (for the car categories), or a payee of its trade.
  const purposeFor = Object.fromEntries(THREE_PUBLIC_CATEGORIES.map((c) => [c, purposeOf(c)])) as Record<
    ThreePublicCategory,
    (text: string) => string | undefined
  >;
  const namesCategory = (entry: LedgerEntry, c: ThreePublicCategory): boolean => {
    const text = said(entry);
    if (purposeFor[c](text) !== undefined) return true;
    if (byPlate.some((p) => p.c === c && (p.re.test(text) || (entry.payee !== undefined && p.re.test(entry.payee))))) return true;
    return entry.payee !== undefined && entry.payee !== '' && categoryTrade[c](entry.payee) !== undefined;
  };
  // The car categories are one family: between them a purchase or a running item moves as below, by its own words.
  const family = (c: ThreePublicCategory): ThreePublicCategory => (c === 'vehiclePurchase' ? 'vehicleOperation' : c);
  const crossCategory = (entry: LedgerEntry, booked: ThreePublicCategory): { c: ThreePublicCategory; evidence: string; kind: EvidenceKind } | undefined => {
    if (excluded(said(entry)) !== undefined) return undefined;
    if (booked === 'vehicleOperation') {
      const w = purchaseWord(said(entry));
      if (w !== undefined && excludedFor.vehiclePurchase(said(entry)) === undefined) return { c: 'vehiclePurchase', evidence: `摘要含“${w}”`, kind: 'summary-word' };
    }
    if (booked === 'vehiclePurchase') {
      const w = operationWord(said(entry));
      const buys = purchaseWord(said(entry)) ?? purchaseVerb(said(entry));
      if (w !== undefined && buys === undefined && excludedFor.vehicleOperation(said(entry)) === undefined) {
        return { c: 'vehicleOperation', evidence: `摘要含“${w}”`, kind: 'summary-word' };
      }
    }
    // Booked under one 三公 class, a text that names nothing of that category and is evidence of another (a visiting
    // group's meal, 接待…调研组工作餐, under 公务用车运行维护费) is the other category's: 财政部's 三公 definitions say
    // what each item pays (公务用车运行维护费: a 公务用车's fuel, repair, tolls, insurance …; 公务接待费: receiving
    // staff of other bodies, 外宾 included), and a meal is none of a car's costs. The class still decides whenever the
    // text names anything of it (接待任务用车加油 under 30231 stays a car's fuel).
    if (namesCategory(entry, booked) || (booked === 'vehicleOperation' && namesCategory(entry, 'vehiclePurchase'))) return undefined;
    if (booked === 'vehiclePurchase' && namesCategory(entry, 'vehicleOperation')) return undefined;
    const hit = evidenceOf(entry);
    return hit && family(hit.c) !== family(booked) ? { c: hit.c, evidence: hit.evidence, kind: hit.kind } : undefined;
  };

  // An object that is clearly none of the category (a grain dryer, a lift under 公务用车运行维护费; the unit's own staff's
  // 误餐 under 公务接待费), named by a 摘要 that names nothing of the category (a vehicle; a guest) and no plate:
  // mis-booked, not 三公 spending (data three-public.json misbookedObjects).
  const misbookedKinds = (rules.misbookedObjects ?? []).map((m) => {
    // A verb of buying and the Han words after it (购方志馆展柜防尘罩): the object bought, named however the 摘要 names it.
    const bought = m.purchaseVerbs?.length ? new RegExp(`(?:${wordAlternation(m.purchaseVerbs)})\\p{Script=Han}+`, 'u') : undefined;
    const goodsPayee = wordMatcher(m.goodsPayeeWords ?? []);
    const named = wordMatcher(m.words);
    // The unit's own people and a meal a few characters on (干部职工周末加班工作餐), read on the text whose titles ending
    // in 员 end where they stand (特派员|工作餐 holds no 员工).
    const pm = m.peopleAtMeal;
    const atMeal = pm?.people.length && pm.meals.length
      ? new RegExp(`(?:${wordAlternation(pm.people)})[\\p{Script=Han}\\u3000]{0,${pm.maxGap}}?(?:${wordAlternation(pm.meals)})`, 'u')
      : undefined;
    return {
      categories: new Set(m.categories),
      // What the entry says it paid for, as the finding quotes it: the object named, or a payee that sells goods only.
      object: (text: string, payee: string): string | undefined => {
        const word = named(text) ?? bought?.exec(text)?.[0] ?? atMeal?.exec(broken(text))?.[0];
        if (word !== undefined) return `所记“${word}”`;
        const trade = payee === '' ? undefined : goodsPayee(payee);
        return trade === undefined ? undefined : `收款方“${payee}”（${trade}）所售`;
      },
      objects: anyOf(m.words.length > 0 ? m.words : ['\u0000']),
      unless: wordMatcher(m.unlessAny),
      payeeOfCategory: m.unlessPayeeOfCategory === true,
    };
  });
  const categoryTrade = Object.fromEntries(
    THREE_PUBLIC_CATEGORIES.map((c) => [c, wordMatcher(rules.categories[c].payeeWords ?? [])]),
  ) as Record<ThreePublicCategory, (text: string) => string | undefined>;
  const plates = THREE_PUBLIC_CATEGORIES.flatMap((c) => {
    const pattern = rules.categories[c].platePattern;
    return pattern ? [new RegExp(pattern, 'u')] : [];
  });
  const notOfCategory = (entry: LedgerEntry, c: ThreePublicCategory): string | undefined => {
    const payee = entry.payee ?? '';
    for (const kind of misbookedKinds) {
      if (!kind.categories.has(c)) continue;
      const object = kind.object(said(entry), payee);
      // The object's own name (柴油发电机组) is no word of the category: it is masked before `unlessAny` is sought.
      if (object === undefined || kind.unless(said(entry).replace(kind.objects, mask)) !== undefined) continue;
      if (plates.some((re) => re.test(said(entry)))) continue;
      if (payee !== '' && (kind.unless(payee) !== undefined || (kind.payeeOfCategory && categoryTrade[c](payee) !== undefined))) continue;
      return object;
    }
    // A payee of a trade that sells no 三公 item (three-public-score.json payeeKinds `misbookedUnderClass`: a printer, a
    // consultancy), the 摘要 naming nothing of the category and no plate: goods or a service booked under the class.
    if (payee !== '' && genericPayee(payee) === undefined && !isPerson(payee) && !plates.some((re) => re.test(said(entry))) && !namesCategory(entry, c)) {
      const k = scorer.payeeKind(payee);
      const thing = context.rules.threePublicScore.payeeKinds.misbookedUnlessText?.[c] ?? [];
      if (k && misbookedTrades.has(k.kind) && !thing.some((ch) => said(entry).includes(ch))) return `收款方“${payee}”（${k.head}）所售`;
    }
    return undefined;
  };
  const misbookedTrades = new Set(context.rules.threePublicScore.payeeKinds.kinds.filter((k) => k.misbookedUnderClass).map((k) => k.kind));

  // Combined evidence (data/ledger/three-public-score.json): a reading of the 摘要 counts only when, with the entry's
  // structured facts (a plate, a visiting party, a 公函, a trip abroad) and its payee's kind, it reaches the threshold;
  // a structured fact ranked above every negative word of the entry outranks them (read again without them).
  const scorer = makeThreePublicScorer(context.rules.threePublicScore, rules);
  const generalNegatives = anyOf(rules.excludeWords.words);
  const payeeNegatives = anyOf(rules.excludeWords.payeeWords ?? rules.excludeWords.words);
  const categoryNegatives = Object.fromEntries(
    THREE_PUBLIC_CATEGORIES.map((c) => [c, (rules.categories[c].excludeWords ?? []).length ? anyOf(rules.categories[c].excludeWords ?? []) : undefined]),
  ) as Record<ThreePublicCategory, RegExp | undefined>;
  const useWordAt = new RegExp(`^(?:${wordAlternation(rules.excludeWords.errandUseWords?.length ? rules.excludeWords.errandUseWords : ['\u0000'])})`, 'u');
  const negativesOf = (entry: LedgerEntry, c: ThreePublicCategory): string[] => {
    const text = broken(negativeText(said(entry)));
    const payee = entry.payee ?? '';
    const own = categoryNegatives[c];
    // A word right before 用车/出车 (安全检查用车) names the car by its use: the word with it is what is ranked.
    const withUse = (m: RegExpMatchArray): string => m[0] + (useWordAt.exec(text.slice(m.index! + m[0].length))?.[0] ?? '');
    return [
      ...[...text.matchAll(generalNegatives)].map(withUse),
      ...(payee === '' ? [] : [...payee.matchAll(payeeNegatives)].map((m) => m[0])),
      ...(own ? [...text.matchAll(own)].map(withUse) : []),
    ];
  };
  const scoreOf = (entry: LedgerEntry, hit: Hit) => {
    const payee = entry.payee ?? '';
    return scorer.score({
      text: `${said(entry)}\u3000${payee}`,
      payee,
      payeeIsTrader: payee !== '' && genericPayee(payee) === undefined && !isPerson(payee),
      c: hit.c,
      reading: hit.reading ?? 'word',
      // The second word is sought where the reading sought its word: event subjects and quoted titles masked.
      summary: maskTitles(wordText(entry)),
      found: hit.found ?? [],
      economicCode: entry.economicCode,
    });
  };
  // Two facts and no word: a structured fact and a payee of the category's kind (a plated car's bill from a garage, a
  // visiting party's from a restaurant) reach the threshold with no purpose word. Bills the class or the 摘要 explains
  // (a hotel under 差旅费 or 会议费, 会议 or 住宿 named) and the negative context hold as for the readings; a purchase
  // class or word makes a car's bill a purchase, as for the readings.
  const factsOnly = (entry: LedgerEntry): Hit | undefined => {
    const payee = entry.payee ?? '';
    if (excluded(negativeText(said(entry))) || (payee !== '' && excludedPayee(payee))) return undefined;
    for (const c of FACT_ORDER) {
      if (excludedFor[c](negativeText(said(entry))) !== undefined) continue;
      const trade = byPayee.find((x) => x.c === c);
      if (trade && (trade.explained(entry.economicCode) || trade.explainedBy(said(entry)) !== undefined)) continue;
      const score = scoreOf(entry, { c, evidence: '', kind: 'payee', reading: 'facts' });
      const facts = score.signals.filter((x) => !x.signal.startsWith('text:') && x.weight > 0);
      if (!score.clears || facts.length < 2) continue;
      const bought = c === 'vehicleOperation' && allowedPurchase(entry) && (purchaseWord(said(entry)) !== undefined || purchaseClass(entry.economicCode) !== undefined);
      return {
        c: bought ? 'vehiclePurchase' : c,
        evidence: facts.map((x) => `${FACT_LABELS[x.signal.replace(/:.*$/u, '')] ?? x.signal}“${x.what}”`).join('，'),
        kind: facts.some((x) => x.signal === 'plate') ? 'plate' : 'payee',
        reading: 'facts',
        strength: score.total,
      };
    }
    return undefined;
  };
  const allowedPurchase = (entry: LedgerEntry): boolean => excludedFor.vehiclePurchase(negativeText(said(entry))) === undefined;
  const scored = (entry: LedgerEntry, hit: Hit): Hit | undefined => {
    const score = scoreOf(entry, hit);
    return score.clears ? { ...hit, strength: score.total } : undefined;
  };
  // `refund`: a negative amount is never a finding of its own — its reading only ties it to a bill of that category
  // found (it reverses one): one word is enough there, as nothing is flagged or counted by it alone.
  const scoredEvidence = (entry: LedgerEntry, refund: boolean): Hit | undefined => {
    const hit = evidenceOf(entry) ?? carBillOfErrand(entry);
    if (hit) {
      const cleared = scored(entry, hit);
      if (cleared) return cleared;
      // A trade's reading short of the threshold (a purpose word at a payee of no recognised kind): the 摘要's own
      // words (车辆年审, 检查组 + 午餐) may still reach it.
      const words = hit.reading === 'purpose' || hit.reading === 'card' || hit.reading === 'class' ? evidenceOf(entry, false, true) : undefined;
      const byWords = words && scored(entry, words);
      return byWords ?? (refund ? hit : undefined);
    }
    // Silenced by negative words: a structured fact ranked above all of them reads the entry without them.
    const loose = evidenceOf(entry, true);
    if (!loose) return factsOnly(entry);
    const negatives = negativesOf(entry, loose.c);
    const fact = scorer.outranks(`${said(entry)}\u3000${entry.payee ?? ''}`, loose.c, negatives);
    const cleared = fact && scored(entry, loose);
    if (!cleared) return undefined;
    return { ...cleared, evidence: `${loose.evidence}；“${fact.what}”胜过否定语境“${[...new Set(negatives)].join('、')}”` };
  };

  // 1. The economic class decides first: booked under a 三公 class, the entry counts there, whatever its text.
  //    Text evidence is sought only in the classes where 三公 spending can hide (商品和服务, 资本性支出): a
  //    subsidy to an enterprise that travelled abroad is not the unit's own travel.
  const bookedByVoucher = new Map<string, LedgerEntry[]>();
  const evidenceMemo = new Map<string, Hit | undefined>();
  const candidates: { entry: LedgerEntry; hit: Hit }[] = [];
  const crossMoved: { entry: LedgerEntry; from: ThreePublicCategory; to: ThreePublicCategory; evidence: string; kind: EvidenceKind }[] = [];
  const misbooked: { entry: LedgerEntry; c: ThreePublicCategory; object: string }[] = [];
  const bookedNegatives: LedgerEntry[] = [];
  const unexplainedNegatives: { entry: LedgerEntry; hit?: Hit }[] = [];
  for (const entry of entries) {
    const classHit = byClass.find((x) => x.match(entry.economicCode));
    if (classHit) {
      // Within 公务用车: a purchase item (车辆购置税, 上牌) booked as running cost, or a running item (保险, 加油) booked
      // as a purchase, counts where 决算 counts it and is flagged. An object that is no vehicle counts nowhere.
      const trip = entry.amount > 0 ? domesticTripUnderClass[classHit.c](said(entry)) : undefined;
      const object = entry.amount > 0 ? (notOfCategory(entry, classHit.c) ?? (trip === undefined ? undefined : `行程“${trip}”在境内（国内出差）`)) : undefined;
      const moved = entry.amount > 0 && object === undefined ? crossCategory(entry, classHit.c) : undefined;
      if (object !== undefined) misbooked.push({ entry, c: classHit.c, object });
      else totals.booked[moved?.c ?? classHit.c] += entry.amount;
      if (moved) crossMoved.push({ entry, from: classHit.c, to: moved.c, evidence: moved.evidence, kind: moved.kind });
      else if (entry.amount < 0) bookedNegatives.push(entry);
      const key = voucherKey(entry);
      const list = bookedByVoucher.get(key);
      if (list) list.push(entry);
      else bookedByVoucher.set(key, [entry]);
      continue;
    }
    if (textClass(entry.economicCode) === undefined) continue;
    // A year repeats the same 摘要, payee and class every month: the text is read once per combination.
    const evidenceKey = `${entry.economicCode}\u0000${entry.payee ?? ''}\u0000${said(entry)}\u0000${entry.amount < 0}`;
    let hit = evidenceMemo.get(evidenceKey);
    if (hit === undefined && !evidenceMemo.has(evidenceKey)) {
      hit = scoredEvidence(entry, entry.amount < 0);
      evidenceMemo.set(evidenceKey, hit);
    }
    if (hit) candidates.push({ entry, hit });
    else if (entry.amount < 0) unexplainedNegatives.push({ entry });
  }

  // A purchase item booked as running cost and later taken out of that class (red ink, 调账 into 31013) was
  // corrected by the unit: it stays where it was booked, netted by its reversal, and is not flagged.
  // So was a mis-booked object reversed out of its class: the reversal nets it to nothing where it was booked.
  for (const neg of bookedNegatives) {
    const i = crossMoved.findIndex((m) => m.entry.economicCode === neg.economicCode && m.entry.amount === -neg.amount);
    if (i >= 0) {
      const m = crossMoved.splice(i, 1)[0]!;
      totals.booked[m.to] -= m.entry.amount;
      totals.booked[m.from] += m.entry.amount;
      continue;
    }
    const j = misbooked.findIndex((m) => m.entry.economicCode === neg.economicCode && m.entry.amount === -neg.amount);
    if (j >= 0) totals.booked[misbooked.splice(j, 1)[0]!.c] += -neg.amount;
  }
  // Findings ranked by their evidence (data/ledger/three-public-score.json economicClass): an entry booked under a 三公
  // class first (the class is a fact of the books), then hidden ones by their summed score, strongest first; equal
  // strengths keep the ledger's order.
  const { threshold } = context.rules.threePublicScore;
  const booked = Number.POSITIVE_INFINITY;
  const strengths = new Map<Finding, number>();
  const ranked = (strength: number, finding: Finding): void => {
    strengths.set(finding, strength);
    out.push(finding);
  };
  for (const { entry, c, object } of misbooked) {
    const category = rules.categories[c];
    totals.misbooked[c] += entry.amount;
    ranked(
      booked,
      entryWarning(
        entry,
        `第${entry.row}行：${quoteSummary(entry)}，${object}不属${category.label}，却记在经济分类 ${entry.economicCode}，` +
          `金额 ${formatYuan(entry.amount)}，疑为错列科目，未计入“三公”经费（按经济分类汇总的决算数会含此笔） / probably misclassified: not a 三公 item, booked under a 三公 class (left out of the total)`,
        'summary-word',
      ),
    );
  }
  for (const { entry, to, evidence, kind } of crossMoved) {
    const category = rules.categories[to];
    ranked(
      booked,
      entryWarning(
        entry,
        `第${entry.row}行：${quoteSummary(entry)}，${evidence}，属${category.label}，却记在经济分类 ${entry.economicCode}` +
          `（应为 ${classesLike(category.economic, entry.economicCode)}），金额 ${formatYuan(entry.amount)} / 三公 spending booked in another 三公 class`,
        kind,
      ),
    );
  }

  // 2. A 调账 line that moves money out of a 三公 class (借 培训费 / 贷 公务接待费 in one voucher) is not hidden
  //    三公 spending: the other half, booked under the class, already took it out.
  //    The voucher may split what it takes out over several classes (贷 公务接待费 1,500 / 借 会议费 900, 培训费 600):
  //    each line is covered when the voucher's lines out of the category amount to at least that line.
  const movedOut = (entries: readonly LedgerEntry[], c: ThreePublicCategory): number =>
    entries.reduce((s, b) => (b.amount < 0 && byClass.find((x) => x.c === c)!.match(b.economicCode) !== undefined ? s - b.amount : s), 0);
  const transferredOut = (entry: LedgerEntry, c: ThreePublicCategory): boolean =>
    entry.amount > 0 && movedOut(bookedByVoucher.get(voucherKey(entry)) ?? [], c) >= entry.amount;

  // 3. Refunds and red-ink reversals (negative amounts) are not findings of their own: they reduce the hidden
  //    entry they reverse (same class and project; same payee or the same amount). One that reverses nothing
  //    found — the 贷方 half of a transfer into a 三公 class — neither counts nor is flagged.
  const positives = candidates.filter((x) => x.entry.amount > 0 && !transferredOut(x.entry, x.hit.c)).map((x) => ({ ...x, net: x.entry.amount as number }));
  // Same class and project (or a refund without a project), and the same payee or amount; a refund whose own text says the same category
  // (退回多报的…午餐费) may come from another hand (the traveller) and for part of the amount.
  // The 贷方 half of a 调账 into a 三公 class (借 公务接待费 / 贷 其他商品和服务支出 in one voucher, possibly one
  // 借 line for several 贷 lines) often carries no project or payee of its own: it reverses the bill of the same
  // class and amount wherever that was charged.
  const transferredIn = (entry: LedgerEntry): boolean =>
    entry.amount < 0 && (bookedByVoucher.get(voucherKey(entry)) ?? []).reduce((s, b) => (b.amount > 0 ? s + b.amount : s), 0) >= -entry.amount;
  // A refund often carries no project of its own (退回多付餐费 posted on the account alone): it may reverse a bill of
  // any project.
  const sameProject = (pos: LedgerEntry, neg: LedgerEntry): boolean =>
    projectKeyOf(neg) === undefined || projectKeyOf(pos) === projectKeyOf(neg);
  // A delegation's refund that names only its group (退回考察团结余) reverses the hidden trip of that group.
  const groupWords = Object.fromEntries(
    THREE_PUBLIC_CATEGORIES.map((c) => [c, rules.categories[c].refundGroupWords ?? []]),
  ) as Record<ThreePublicCategory, string[]>;
  // So does a refund naming the group its bill names (收回慰问组午餐多付款 of 省总工会慰问组来县,陪同人员午餐): the two
  // texts share a group noun (two characters and 组 or 团).
  const sameGroup = (neg: LedgerEntry, pos: { entry: LedgerEntry; hit: Hit }): boolean =>
    groupWords[pos.hit.c].some((w) => said(neg).includes(w) && said(pos.entry).includes(w)) ||
    [...said(neg).matchAll(GROUP_NOUN)].some((m) => said(pos.entry).includes(m[0]));
  // A refund naming a bill of another kind (退回多付会议室租金: `payeeExplainedByWords` of the category, 会议, 租赁,
  // 住宿, 房费 …) is that other bill's refund, though the payee (a hotel) is the same, when the hidden bill names no such
  // kind (省调研组用餐); a bill naming one (暗访组住宿费) may be what a 退回多收房费 returns.
  const explainers = Object.fromEntries(
    THREE_PUBLIC_CATEGORIES.map((c) => [c, wordMatcher(rules.categories[c].payeeExplainedByWords ?? [])]),
  ) as Record<ThreePublicCategory, (text: string) => string | undefined>;
  const namesOtherBill = (neg: LedgerEntry, pos: { entry: LedgerEntry; hit: Hit }): boolean =>
    explainers[pos.hit.c](said(neg)) !== undefined && explainers[pos.hit.c](said(pos.entry)) === undefined;
  // The categories a 调账 voucher moves money into: those of its 三公-class lines with a 借方 amount.
  const movedInto = (neg: LedgerEntry): Set<ThreePublicCategory> =>
    new Set((bookedByVoucher.get(voucherKey(neg)) ?? []).flatMap((b) => (b.amount > 0 ? byClass.filter((x) => x.match(b.economicCode) !== undefined).map((x) => x.c) : [])));
  // The 贷方 half of a 调账 into a 三公 class is no refund: it moves the bill it names. Naming a month (调账：6月接待…
  // 工作餐由其他商品和服务支出转公务接待费), it reverses no hidden bill of another month, whatever else the two share (the
  // class, no project, the category its text says): that month's bill, absent or found, was moved, not this one.
  const movesAnotherMonth = (neg: LedgerEntry, pos: LedgerEntry): boolean =>
    transferredIn(neg) && movedInto(neg).size > 0 && !monthNamedOrNone(said(neg), pos.date);
  const reverses = (neg: { entry: LedgerEntry; hit?: Hit }, pos: { entry: LedgerEntry; hit: Hit }): boolean =>
    pos.entry.economicCode === neg.entry.economicCode &&
    !movesAnotherMonth(neg.entry, pos.entry) &&
    ((sameProject(pos.entry, neg.entry) &&
      ((pos.entry.payee !== undefined && pos.entry.payee === neg.entry.payee && !namesOtherBill(neg.entry, pos)) ||
        pos.entry.amount === -neg.entry.amount ||
        neg.hit?.c === pos.hit.c ||
        sameGroup(neg.entry, pos) ||
        // The 贷方 half of a 调账 that moves part of a hidden bill into its category's class (借 公务接待费 600 / 贷 会议费
        // 600 of a 1,500 meal under 会议费), its own text bare (调账): the part moved counts in the class it was moved to,
        // the rest stays hidden — not the whole bill hidden and the part booked again.
        // A 调账 naming the month of what it moves (调账：11月访问团茶歇…) moves nothing of another month's bill.
        (transferredIn(neg.entry) && movedInto(neg.entry).has(pos.hit.c) && monthNamedOrNone(said(neg.entry), pos.entry.date)))) ||
      (pos.entry.amount === -neg.entry.amount && transferredIn(neg.entry)));
  // A 调账 that moves a hidden bill paid from a project into the 三公 class and off that project (借 公务接待费 of
  // basic spending / 贷 the project's 其他商品和服务支出) corrects the books, not the payment: the project's money
  // (its 指标, under 国库集中支付) paid for it. The bill counts once, in the class it was moved to, and stays flagged;
  // a bill of basic spending moved the same way was simply corrected.
  const movedOffProject = (neg: LedgerEntry, pos: LedgerEntry): boolean => {
    const project = projectKeyOf(pos);
    if (pos.nature !== 'project' || project === undefined || !transferredIn(neg)) return false;
    const into = (bookedByVoucher.get(voucherKey(neg)) ?? []).filter((b) => b.amount > 0);
    return into.length > 0 && into.every((b) => b.nature !== 'project' || projectKeyOf(b) !== project);
  };
  const negatives = [...candidates.filter((x) => x.entry.amount < 0), ...unexplainedNegatives];
  const correctedOffProject = new Map<LedgerEntry, LedgerEntry>();
  for (const neg of negatives) {
    // A refund reverses a bill paid before it (by date; by row within a day), the latest such: never a later one.
    const before = positives.filter(
      (p) =>
        p.net > 0 &&
        p.net >= -neg.entry.amount &&
        (p.entry.date < neg.entry.date || (p.entry.date === neg.entry.date && p.entry.row < neg.entry.row)) &&
        reverses(neg, p),
    );
    const target = before.sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.entry.row - b.entry.row).at(-1);
    if (!target) continue;
    target.net += neg.entry.amount;
    if (movedOffProject(neg.entry, target.entry)) correctedOffProject.set(target.entry, neg.entry);
  }
  for (const { entry, hit, net } of positives) {
    totals.hidden[hit.c] += net;
    const category = rules.categories[hit.c];
    const moved = correctedOffProject.get(entry);
    if (net <= 0 && moved) {
      ranked(
        hit.strength ?? threshold,
        entryWarning(
          entry,
          `第${entry.row}行：${quoteSummary(entry)}，${hit.evidence}，属${category.label}，却由项目“${entry.projectName ?? projectKeyOf(entry)}”在经济分类 ${entry.economicCode} 列支，` +
            `金额 ${formatYuan(entry.amount)}；第${moved.row}行已调账转入${category.label}并调出项目（计入“三公”一次），但款项是项目资金支付的 / 三公 spending paid from a project, moved off it later by 调账`,
          hit.kind,
        ),
      );
      continue;
    }
    if (net <= 0) continue;
    ranked(
      hit.strength ?? threshold,
      entryWarning(
        entry,
        `第${entry.row}行：${quoteSummary(entry)}，${hit.evidence}，属${category.label}，却记在经济分类 ${entry.economicCode}` +
          `（应为 ${classesLike(category.economic, entry.economicCode)}），金额 ${formatYuan(entry.amount)}${net !== entry.amount ? `（冲销、退回后 ${formatYuan(net)}）` : ''} / 三公 spending outside its economic class`,
        hit.kind,
        net,
      ),
    );
  }
  out.sort((a, b) => (strengths.get(b) ?? 0) - (strengths.get(a) ?? 0) || (a.evidence[0]?.line ?? 0) - (b.evidence[0]?.line ?? 0));
  return { totals, findings: out };
}

interface Hit {
  readonly c: ThreePublicCategory;
  readonly evidence: string;
  readonly kind: EvidenceKind;
  /** Which reading of the 摘要 found it (its weight in the combined score: data/ledger/three-public-score.json). */
  readonly reading?: TextReading;
  /** The words a `word` reading found (masked where a second word of the category is sought). */
  readonly found?: readonly string[];
  /** The summed evidence of the combined score: findings are ranked by it, strongest first. */
  readonly strength?: number;
}

const WORD_ORDER: readonly ThreePublicCategory[] = ['reception', 'overseasTravel', 'vehiclePurchase', 'vehicleOperation'];
/** The categories two facts may name without a word (a purchase needs its class or word besides a car's facts). */
const FACT_ORDER: readonly ThreePublicCategory[] = ['reception', 'overseasTravel', 'vehicleOperation'];
/** How the finding names each fact of a facts-only reading. */
const FACT_LABELS: Record<string, string> = { plate: '车牌号', party: '来访方', reference: '凭据', abroad: '境外行程', payee: '收款方类别' };

/**
 * The category's classes in the entry's own classification (部门 3xx or 政府 5xx: an export carries one of them), so
 * the message names a class the officer can book to.
 */
function classesLike(classes: readonly string[], code: string): string {
  const same = classes.filter((c) => c[0] === code[0]);
  return (same.length > 0 ? same : classes).join('/');
}

/**
 * The text with the name of the group `group` masked: the Han characters before it back to a break word, to a
 * non-Han character or to the start, with the group word itself (省营养改善计划评估组). A stretch naming a word of
 * `own` (a meal: 学员用餐检查组) is no name: the text is returned as it is.
 */
function maskGroupName(text: string, group: string, breaks: readonly string[], own: (text: string) => string | undefined): string {
  const end = text.indexOf(group);
  if (end < 0) return text;
  let start = end;
  while (start > 0 && /\p{Script=Han}/u.test(text[start - 1]!) && !breaks.some((b) => text.slice(0, start).endsWith(b))) start--;
  const name = text.slice(start, end + group.length);
  if (own(name.slice(0, -group.length)) !== undefined) return text;
  return text.slice(0, start) + mask(name) + text.slice(end + group.length);
}

/**
 * A warning about one entry, its evidence the entry (its row, and its 摘要 as this rule reads it: with its voucher's)
 * and `value`, the amount the warning is about (the entry's, or what is left of it after its reversals).
 */
function entryWarning(entry: LedgerEntry, message: string, kind: EvidenceKind, value: number = entry.amount): Finding {
  return withEvidence(
    finding({ rule: threePublic.id, severity: 'warning', message, evidence: [{ path: entryPath(entry), line: entry.row, quote: summaryWithVoucher(entry), value }] }),
    kind,
  );
}

/**
 * Whether a 摘要 is a domestic trip about a subject of the category (`domesticTopic` of its data): returns the first
 * domestic destination (赴长沙) when every destination is domestic and every word of the category (`words`, its weak
 * words and the places of its pairs) modifies a subject (境外投资项目备案管理培训), else nothing.
 */
function domesticTopicMatcher(
  data: {
    travelVerbs: readonly string[];
    looseVerbs: readonly string[];
    places: readonly string[];
    localStarts: readonly string[];
    placeSuffixes: readonly string[];
    topicNouns: readonly string[];
    costWords: readonly string[];
    unlessAny: readonly string[];
  },
  words: readonly string[],
  abroad: readonly string[],
  /** A trip that names no word of the category at all is domestic too (a trip booked under the category's own class). */
  withoutWords = false,
) {
  const strict = new Set(data.travelVerbs);
  const verbs = anyOf([...data.travelVerbs, ...data.looseVerbs]);
  // A destination abroad: a place of the category, or 港/澳/台 (赴港); 台州 and the like are the category's exclusions.
  const abroadStart = new RegExp(`^(?:${wordAlternation([...abroad, '港', '澳', '台'])})`, 'u');
  const abroadIn = wordMatcher(abroad);
  const homeStart = new RegExp(`^(?:${wordAlternation([...data.places, ...data.localStarts])})`, 'u');
  const homeSuffix = new RegExp(`^\\p{Script=Han}{1,5}?(?:${wordAlternation(data.placeSuffixes)})`, 'u');
  const occurrences = anyOf(words);
  const topic = wordMatcher(data.topicNouns);
  const cost = new RegExp(wordAlternation(data.costWords), 'u');
  const unless = wordMatcher(data.unlessAny);
  const destination = (rest: string): 'home' | 'abroad' | undefined => {
    if (abroadStart.test(rest)) return 'abroad';
    if (homeStart.test(rest)) return 'home';
    const m = homeSuffix.exec(rest);
    return m && abroadIn(m[0]) === undefined ? 'home' : undefined;
  };
  return (text: string): string | undefined => {
    if (unless(text) !== undefined) return undefined;
    let home: string | undefined;
    for (const m of text.matchAll(verbs)) {
      const rest = text.slice(m.index + m[0].length);
      const where = destination(rest);
      if (where === 'abroad' || (where === undefined && strict.has(m[0]))) return undefined;
      if (where === 'home') home ??= m[0] + rest.slice(0, 4);
    }
    if (home === undefined) return undefined;
    let seen = false;
    for (const m of text.matchAll(occurrences)) {
      seen = true;
      // What the word qualifies: the Han words after it (past a 出国（境） gloss), up to the trip's cost (差旅费).
      const after = text.slice(m.index + m[0].length).replace(/^[（(]境[）)]/u, '');
      const phrase = /^\p{Script=Han}*/u.exec(after)![0];
      const cut = cost.exec(phrase);
      if (topic(cut ? phrase.slice(0, cut.index) : phrase) === undefined) return undefined;
    }
    return seen || withoutWords ? home : undefined;
  };
}

/**
 * The text with a pair's `withAny` words of another sense masked (`otherSense` of the pair's data) where it names one of
 * their context words (访问 beside 网站, 网络: a network's access, not a visit). Without the data, the text as it is.
 */
function otherSenseMasker(data: { words: readonly string[]; contextWords: readonly string[] } | undefined): (text: string) => string {
  if (!data || data.words.length === 0 || data.contextWords.length === 0) return (text) => text;
  const context = wordMatcher(data.contextWords);
  const words = anyOf(data.words);
  return (text) => (context(text) === undefined ? text : text.replace(words, mask));
}

/**
 * Whether an entry is the unit's own travel (`ownTravel` of a pair): booked under a travel class, its 摘要 naming
 * transport or lodging and no sign that the group came to the unit. Without the data, nothing is.
 */
function ownTravelMatcher(
  data: { economic: readonly string[]; words: readonly string[]; unlessAny: readonly string[]; otherBodyPattern?: string | undefined } | undefined,
) {
  if (!data) return (_entry: LedgerEntry) => false;
  const inClass = prefixMatcher(data.economic);
  const travel = wordMatcher(data.words);
  const visit = wordMatcher(data.unlessAny);
  // A body of another county named by its place (剑河县政协学习考察团): a peer delegation received, not the unit's team.
  const otherBody = data.otherBodyPattern ? new RegExp(data.otherBodyPattern, 'u') : undefined;
  return (entry: LedgerEntry) =>
    inClass(entry.economicCode) !== undefined &&
    travel(said(entry)) !== undefined &&
    visit(said(entry)) === undefined &&
    !(otherBody?.test(said(entry)) ?? false);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A stretch of text replaced by spaces of the same length, so that no word matches across or inside it. */
function mask(text: string): string {
  return '\u3000'.repeat(text.length);
}

/** A `withAny` matcher that also takes what a pattern of the pair names (兄弟县信访局来: another county's body, come). */
function withPattern(words: (text: string) => string | undefined, pattern: string | undefined): (text: string) => string | undefined {
  if (!pattern) return words;
  const re = new RegExp(pattern, 'u');
  return (text) => words(text) ?? re.exec(text)?.[0];
}

/** A global regular expression for any of the words, longest first (as `wordMatcher`), for replacing or locating them. */
function anyOf(words: readonly string[]): RegExp {
  return new RegExp(wordAlternation(words), 'gu');
}

/** One voucher: its number and date (some packages number vouchers per month). */
function voucherKey(entry: LedgerEntry): string {
  return `${entry.voucher}\u0000${entry.date.slice(0, 7)}`;
}

export const threePublic: LedgerRule = {
  id: 'ledger.three-public',
  title: '“三公”经费',
  check(entries, context) {
    const { totals, findings } = threePublicTotals(entries, context);
    const rules = context.rules.threePublic;
    findings.push(...compareWithReported(totals, context.departmentYear?.threePublic, rules.categories, context.rules.classification.reconciliation.toleranceFen, this.id));
    return findings;
  },
};

type Reported = DepartmentYear['threePublic'];

/** Reported items per category: vehicle running/purchase may only be given together as `vehicles`. */
function compareWithReported(
  totals: ThreePublicTotals,
  reported: Reported | undefined,
  categories: Record<ThreePublicCategory, { label: string }>,
  tolerance: number,
  rule: string,
): Finding[] {
  if (!reported) {
    return [
      finding({
        rule,
        severity: 'info',
        message: '没有部门年度数据，“三公”经费未与预算数和决算数比较 / no department-year: 三公 totals not compared',
        evidence: [],
      }),
    ];
  }
  const sum = (c: ThreePublicCategory) => totals.booked[c] + totals.hidden[c];
  const misbookedIn = (cs: readonly ThreePublicCategory[]) => cs.reduce((s, c) => s + totals.misbooked[c], 0);
  const groups: { label: string; path: string; ledger: number; misbooked: number; item: { budget?: number; final?: number } | undefined }[] = [
    { label: categories.reception.label, path: 'threePublic.reception', ledger: sum('reception'), misbooked: misbookedIn(['reception']), item: reported.reception },
    {
      label: categories.overseasTravel.label,
      path: 'threePublic.overseasTravel',
      ledger: sum('overseasTravel'),
      misbooked: misbookedIn(['overseasTravel']),
      item: reported.overseasTravel,
    },
  ];
  if (reported.vehicleOperation || reported.vehiclePurchase) {
    groups.push(
      {
        label: categories.vehicleOperation.label,
        path: 'threePublic.vehicleOperation',
        ledger: sum('vehicleOperation'),
        misbooked: misbookedIn(['vehicleOperation']),
        item: reported.vehicleOperation,
      },
      {
        label: categories.vehiclePurchase.label,
        path: 'threePublic.vehiclePurchase',
        ledger: sum('vehiclePurchase'),
        misbooked: misbookedIn(['vehiclePurchase']),
        item: reported.vehiclePurchase,
      },
    );
  } else {
    groups.push({
      label: '公务用车购置及运行维护费',
      path: 'threePublic.vehicles',
      ledger: sum('vehicleOperation') + sum('vehiclePurchase'),
      misbooked: misbookedIn(['vehicleOperation', 'vehiclePurchase']),
      item: reported.vehicles,
    });
  }
  const total = THREE_PUBLIC_CATEGORIES.reduce((s, c) => s + sum(c), 0);
  groups.push({ label: '“三公”经费合计', path: 'threePublic.total', ledger: total, misbooked: misbookedIn(THREE_PUBLIC_CATEGORIES), item: reported.total });
  const out: Finding[] = [];
  for (const g of groups) {
    const final = g.item?.final;
    if (final !== undefined && Math.abs(g.ledger - final) > tolerance) {
      out.push(
        finding({
          rule,
          severity: 'error',
          // A 决算 compiled by economic class holds what was mis-booked under the class: said when that is the difference.
          message:
            `${g.label}：账面合计 ${formatYuan(g.ledger)}，公开决算数 ${formatYuan(final)}，相差 ${formatYuan(g.ledger - final)}` +
            (g.misbooked !== 0 && Math.abs(g.ledger + g.misbooked - final) <= tolerance
              ? `，正是记在该类科目但所记不属“三公”、未计入合计的 ${formatYuan(g.misbooked)}（见逐笔警告）`
              : '') +
            ' / ledger 三公 total differs from the reported final',
          evidence: [{ path: 'ledger', value: g.ledger }, { path: `${g.path}.final`, value: final }],
          calculation: `${formatYuan(g.ledger)} − ${formatYuan(final)} = ${formatYuan(g.ledger - final)}`,
          difference: g.ledger - final,
        }),
      );
    }
    const budget = g.item?.budget;
    if (budget !== undefined && g.ledger > budget + tolerance) {
      out.push(
        finding({
          rule,
          severity: 'warning',
          message: `${g.label}：账面合计 ${formatYuan(g.ledger)} 超过预算数 ${formatYuan(budget)} / ledger 三公 spending exceeds the budget`,
          evidence: [{ path: 'ledger', value: g.ledger }, { path: `${g.path}.budget`, value: budget }],
          calculation: `${formatYuan(g.ledger)} > ${formatYuan(budget)}`,
          difference: g.ledger - budget,
        }),
      );
    }
  }
  return out;
}

/**
 * Whether a text names the month of `date` (YYYY-MM-DD) among the months it names (11月, 1-3月, 10至12月), or names no
 * month at all. A text naming a day (调账：3月15日付餐费…) names that day's bill: then the day itself must be named — a
 * 调账 moving the bill of 15 March reverses no other bill of March (dev-migsum, lchk 2026-12-07: its red-ink half netted
 * the hidden meal of 27 March, and the 15 March bill it moved was counted nowhere).
 */
export function monthNamedOrNone(text: string, date: string): boolean {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const days = [...text.matchAll(/(?<![\d\-－—~～至到])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?!\s*[-－—~～至到])/gu)]
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .filter(([m, d]) => m >= 1 && m <= 12 && d >= 1 && d <= 31);
  if (days.length > 0) return days.some(([m, d]) => m === month && d === day);
  let named = false;
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})(?:\s*[-－—~～至到]\s*(\d{1,2}))?\s*月/gu)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to > 12 || from > to) continue;
    named = true;
    if (month >= from && month <= to) return true;
  }
  return !named;
}
