/**
 * Combined evidence of hidden 三公 spending (data/ledger/three-public-score.json): independent signals of an entry —
 * structured facts (a licence plate, a visiting party with its size, a 公函 or 接待清单, a trip abroad written as a
 * travel verb and a place), the payee's kind read from the shape of its name (a restaurant, a garage, a fuel seller,
 * an insurer, a travel agency, a public body, a person), and the 摘要's words as the rule's readers found them — are
 * weighted and summed per category; an entry counts only when the sum reaches the data's threshold. One word of the 摘要
 * weighs less than the threshold: a finding needs a second signal (a second word of the category, the payee's kind, a
 * 公函, the capital class of a car bought) unless its one signal is a strong structured fact. Negative words
 * are ranked by their shape (naming the object or the people fed: above any fact; a topic, a place, a form: below a
 * structured fact) so that a fact outranks a topic word and no text reading outranks a negative word.
 */
import { prefixMatcher, wordAlternation } from './check-context.ts';
import { THREE_PUBLIC_CATEGORIES, type ThreePublicCategory, type ThreePublicRules, type ThreePublicScoreRules } from './rule-data.ts';

/** Which reading of the 摘要 found the category (the tie-breaker's weight: data `text`). */
export type TextReading = keyof Omit<ThreePublicScoreRules['text'], 'about'>;

export interface Signal {
  readonly signal: string;
  readonly weight: number;
  /** What the signal read (the plate, the party, the payee's kind …), for the finding's message and tests. */
  readonly what: string;
}

export interface Score {
  readonly total: number;
  readonly signals: readonly Signal[];
  readonly clears: boolean;
}

export interface ThreePublicScorer {
  /** The payee's kind by the shape of its name (`catering`, `publicBody` …), a person, or nothing. */
  payeeKind(name: string): { kind: string; head: string } | undefined;
  /** The structured facts of a text towards a category, with their ranks. */
  structured(text: string, c: ThreePublicCategory): (Signal & { rank: number })[];
  /** The payee's kind's signal towards a category: the payee cell, or a name of the 摘要 when the cell names no trader. */
  payeeSignal(payee: string, text: string, payeeIsTrader: boolean, c: ThreePublicCategory): Signal | undefined;
  /**
   * The combined score of an entry's evidence towards a category, its text found by `reading`. `summary`: the 摘要
   * alone, where a second word of the category is sought beside `found` (the words the reading found); `economicCode`:
   * the entry's class, a signal of its own for a category whose purchase classes hold it.
   */
  score(input: {
    text: string;
    payee: string;
    payeeIsTrader: boolean;
    c: ThreePublicCategory;
    reading: TextReading;
    summary?: string;
    found?: readonly string[];
    economicCode?: string;
  }): Score;
  /** A second word of the category in the 摘要, none of `found` nor inside or around one of them (data `secondWord`). */
  secondWord(summary: string, found: readonly string[], c: ThreePublicCategory): string | undefined;
  /** The highest rank of the negative words found (`words`), by their shape. */
  negativeRank(words: readonly string[]): number;
  /** Whether a structured fact of the text towards the category outranks every one of the negative words. */
  outranks(text: string, c: ThreePublicCategory, negatives: readonly string[]): Signal | undefined;
}

export function makeThreePublicScorer(data: ThreePublicScoreRules, rules: ThreePublicRules): ThreePublicScorer {
  const s = data.structured;
  const platePattern = rules.categories.vehicleOperation.platePattern;
  const plate = platePattern ? new RegExp(platePattern, 'u') : undefined;
  // A party: its size (一行5人) by the data's patterns, or a group named as come by the reception pairs' patterns and
  // the party words of three-public.json (excludeWords.partyOverrides.parties).
  const partyRes = [
    ...s.party.patterns.map((p) => new RegExp(p, 'u')),
    ...(rules.categories.reception.pairedWords ?? []).flatMap((p) => [p.withPattern, p.groupPattern].filter((x): x is string => !!x).map((x) => new RegExp(x, 'u'))),
  ];
  const parties = rules.excludeWords.partyOverrides?.parties ?? [];
  const partyWord = parties.length ? new RegExp(wordAlternation(parties), 'u') : undefined;
  const party = (text: string): string | undefined => {
    for (const re of partyRes) {
      const m = re.exec(text);
      if (m) return m[0];
    }
    return partyWord?.exec(text)?.[0];
  };
  const references = Object.fromEntries(
    Object.entries(s.reference.categories).map(([c, ws]) => [c, new RegExp(wordAlternation(ws), 'u')]),
  ) as Partial<Record<ThreePublicCategory, RegExp>>;
  // A place abroad: the overseas pairs' first word list (countries, cities, regions).
  const places = (rules.categories.overseasTravel.pairedWords ?? [])[0]?.words ?? [];
  const abroadAfterVerb = places.length
    ? new RegExp(`(?:${wordAlternation(s.abroad.verbs)})\\p{Script=Han}{0,${s.abroad.maxGap}}?(?:${wordAlternation(places)})`, 'u')
    : undefined;
  const place = places.length ? new RegExp(wordAlternation(places), 'u') : undefined;
  const tripWord = new RegExp(wordAlternation(s.abroad.tripWords), 'u');
  const placeAtStart = places.length ? new RegExp(`^(?:${wordAlternation(places)})`, 'u') : undefined;
  const abroad = {
    exec(text: string): RegExpExecArray | null {
      const m = abroadAfterVerb?.exec(text);
      if (m) return m;
      const p = place?.exec(text);
      return p && tripWord.test(text) ? p : null;
    },
  };

  const tail = new RegExp(data.payeeKinds.tail, 'u');
  // A kind's heads: its own and the payee words of the category it names (one list of trades, read here by shape).
  const kinds = data.payeeKinds.kinds.map((k) => ({
    ...k,
    heads: [...new Set([...k.heads, ...(k.payeeWordsOf ? (rules.categories[k.payeeWordsOf].payeeWords ?? []) : [])])].sort((a, b) => b.length - a.length),
  }));
  const payeeKind = (name: string): { kind: string; head: string } | undefined => {
    const n = name.trim();
    for (const k of kinds) {
      if (k.unlessAny?.some((w) => n.includes(w))) continue;
      for (const head of k.heads) {
        let at = n.indexOf(head);
        while (at >= 0) {
          if (tail.test(n.slice(at + head.length))) return { kind: k.kind, head };
          at = n.indexOf(head, at + 1);
        }
      }
    }
    return undefined;
  };
  // A name of the 摘要 of a kind: two Han characters at least before a trader's head (县好味饭店, 锦江大酒店); kinds that
  // weigh only against left out (局 of 县交通局, 网络 of 网络意识形态 in a 摘要 name the work, not whom it paid).
  const textKind = (text: string): { kind: string; head: string } | undefined => {
    for (const k of kinds) {
      if (!Object.values(k.weights).some((w) => w > 0)) continue;
      for (const head of k.heads) {
        const at = text.indexOf(head);
        if (at >= 2 && /\p{Script=Han}{2}$/u.test(text.slice(0, at))) return { kind: k.kind, head };
      }
    }
    return undefined;
  };
  const traderHeads = kinds.filter((k) => Object.values(k.weights).some((w) => w > 0)).flatMap((k) => k.heads);
  const traderName = traderHeads.length ? new RegExp(`\\p{Script=Han}{0,6}(?:${wordAlternation(traderHeads)})`, 'gu') : undefined;
  const withoutTraderNames = (text: string): string => (traderName ? text.replace(traderName, (w) => '\u3000'.repeat(w.length)) : text);
  const weightOf = (kind: string, c: ThreePublicCategory): number => kinds.find((k) => k.kind === kind)?.weights[c] ?? 0;

  // A second word: the category's words, weak words, purpose words and extra words (a trip abroad: its trip words),
  // the nouns of the object (车辆, 公务车 …) apart — beside a found object word only a word of the spending counts.
  const alternation = (ws: readonly string[]): RegExp | undefined => (ws.length ? new RegExp(wordAlternation(ws), 'u') : undefined);
  const vocabulary = Object.fromEntries(
    THREE_PUBLIC_CATEGORIES.map((c) => {
      const cat = rules.categories[c];
      const objects = new Set([...(data.secondWord.objectNouns[c] ?? []), ...(data.secondWord.objectNouns[c] ? (cat.carWords ?? []) : [])]);
      const all = [
        ...cat.words,
        ...(cat.weakWords ?? []),
        ...(cat.purposeWords ?? []),
        ...(data.secondWord.extraWords[c] ?? []),
        ...(s.abroad.categories.includes(c) ? s.abroad.tripWords : []),
      ];
      const not = cat.notPurposeWords ?? [];
      return [
        c,
        {
          items: alternation([...new Set(all)].filter((w) => !objects.has(w))),
          objects: alternation([...objects]),
          isObject: (w: string) => objects.has(w),
          not: not.length ? new RegExp(wordAlternation(not), 'gu') : undefined,
        },
      ];
    }),
  ) as Record<ThreePublicCategory, { items?: RegExp; objects?: RegExp; isObject: (w: string) => boolean; not?: RegExp }>;
  const secondWord = (summary: string, found: readonly string[], c: ThreePublicCategory): string | undefined => {
    const v = vocabulary[c];
    // Every occurrence of a found word is masked: written twice, it states one fact. Masked before the traders' names, so
    // that a found word holding a trade's head (ETC of ETC充值) is not cut by them and its rest (充值) read as a second word.
    let text = summary;
    for (const w of found) if (w !== '') text = text.split(w).join('\u3000'.repeat(w.length));
    text = withoutTraderNames(text);
    if (v.not) text = text.replace(v.not, (w) => '\u3000'.repeat(w.length));
    const item = v.items?.exec(text)?.[0];
    if (item !== undefined || found.some(v.isObject) || !v.objects) return item;
    // An object named beyond the found word (执法车 of 执法车辆维修, 车辆 inside 车辆维修 is not): its own fact.
    const plain = withoutTraderNames(summary);
    const inside = found.flatMap((w) => [...plain.matchAll(new RegExp(wordAlternation([w]), 'gu'))].map((m) => [m.index, m.index + w.length] as const));
    const objects = new RegExp(v.objects.source, 'gu');
    for (const m of plain.matchAll(objects)) {
      const [from, to] = [m.index, m.index + m[0].length];
      if (!inside.some(([a, b]) => a <= from && to <= b)) return m[0];
    }
    return undefined;
  };
  const kindredOf = Object.fromEntries(
    Object.entries(data.economicClass.kindred.classes).map(([c, codes]) => [c, prefixMatcher(codes)]),
  ) as Partial<Record<ThreePublicCategory, (code: string) => string | undefined>>;
  const capitalOf = Object.fromEntries(
    data.economicClass.capital.categories.map((c) => [c, prefixMatcher(rules.categories[c].evidenceEconomic ?? [])]),
  ) as Partial<Record<ThreePublicCategory, (code: string) => string | undefined>>;

  const structured = (text: string, c: ThreePublicCategory): (Signal & { rank: number })[] => {
    const out: (Signal & { rank: number })[] = [];
    if (s.plate.categories.includes(c)) {
      const m = plate?.exec(text);
      if (m) out.push({ signal: 'plate', weight: s.plate.weight, rank: s.plate.rank, what: m[0] });
    }
    if (s.party.categories.includes(c)) {
      // A trader's name (涉外宾馆) names no party: it is masked first.
      const m = party(withoutTraderNames(text));
      if (m !== undefined) out.push({ signal: 'party', weight: s.party.weight, rank: s.party.rank, what: m });
    }
    const ref = references[c]?.exec(text);
    if (ref) out.push({ signal: 'reference', weight: s.reference.weight, rank: s.reference.rank, what: ref[0] });
    if (s.abroad.categories.includes(c)) {
      // A trip abroad written in the 摘要, or a payee whose name begins with a place abroad (the body paid is there).
      const m = abroad.exec(text);
      const paid = text.includes('\u3000') ? text.slice(text.lastIndexOf('\u3000') + 1) : '';
      const payeeAbroad = m ? undefined : placeAtStart?.exec(paid)?.[0];
      if (m) out.push({ signal: 'abroad', weight: s.abroad.weight, rank: s.abroad.rank, what: m[0] });
      else if (payeeAbroad !== undefined) out.push({ signal: 'abroad', weight: s.abroad.weight, rank: s.abroad.rank, what: paid });
    }
    return out;
  };
  const payeeSignal = (payee: string, text: string, payeeIsTrader: boolean, c: ThreePublicCategory): Signal | undefined => {
    const k = payeeIsTrader && payee !== '' ? payeeKind(payee) : textKind(text);
    if (!k) return undefined;
    const weight = weightOf(k.kind, c);
    return weight === 0 ? undefined : { signal: `payee:${k.kind}`, weight, what: k.head };
  };
  const topicShapes = data.negative.topicShapes.map((p) => new RegExp(p, 'u'));
  const negativeRank = (words: readonly string[]): number =>
    words.reduce((r, w) => Math.max(r, topicShapes.some((re) => re.test(w)) ? data.negative.topicRank : data.negative.defaultRank), 0);
  return {
    payeeKind,
    structured,
    payeeSignal,
    secondWord,
    score({ text, payee, payeeIsTrader, c, reading, summary, found, economicCode }) {
      const signals: Signal[] = [{ signal: `text:${reading}`, weight: data.text[reading], what: reading }];
      // One word found: a second word of the category beside it is a second signal (pair and weak readings hold two).
      if (reading === 'word' && summary !== undefined) {
        const w = secondWord(summary, found ?? [], c);
        if (w !== undefined) signals.push({ signal: 'text:second', weight: data.secondWord.weight, what: w });
      }
      // The class of a car bought (310 资本性支出), unless the reading is that class already (a dealer under it).
      const capital = economicCode !== undefined && reading !== 'class' ? capitalOf[c]?.(economicCode) : undefined;
      if (capital !== undefined) signals.push({ signal: 'class:capital', weight: data.economicClass.capital.weight, what: economicCode! });
      // A class of the same kind of spending (差旅费: a journey) beside a word of what makes it 三公 (abroad).
      const kindred = economicCode !== undefined ? kindredOf[c]?.(economicCode) : undefined;
      if (kindred !== undefined) signals.push({ signal: 'class:kindred', weight: data.economicClass.kindred.weight, what: economicCode! });
      // One fact counts once: the strongest structured fact of each kind.
      signals.push(...structured(text, c));
      const p = payeeSignal(payee, text, payeeIsTrader, c);
      if (p) signals.push(p);
      const total = signals.reduce((sum, x) => sum + x.weight, 0);
      return { total, signals, clears: total >= data.threshold };
    },
    negativeRank,
    outranks(text, c, negatives) {
      if (negatives.length === 0) return undefined;
      const rank = negativeRank(negatives);
      return structured(text, c)
        .filter((x) => x.rank > rank)
        .sort((a, b) => b.rank - a.rank)[0];
    },
  };
}
