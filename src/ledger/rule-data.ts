/**
 * The ledger's rules as data (data/ledger/*.json): header synonyms, basic-by-nature economic classes, routine
 * words, 三公 categories and project-matching settings. Loaded and validated once; a broken file names itself.
 */
import type { UnitColumnWords } from './ledger-units.ts';
import { z } from 'zod';
import { loadDataJson } from '../reference/data-json.ts';
import { combinedHeaderKey, normalizeHeader } from './column-mapping.ts';
import { LEDGER_FIELDS, type LedgerField } from './entry.ts';
import { fieldCodeSynonyms } from './field-codes.ts';
import type { BookSideWords } from './book-sides.ts';
import type { DigitColumnWords } from './digit-columns.ts';

const words = z.array(z.string().min(1)).min(1);
/** Whether a text of the data is a regular expression that compiles (with the u flag). */
function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

const described = <T extends z.ZodRawShape>(shape: T) => z.object({ about: z.string(), ...shape });
const versioned = { source: z.string().min(1), version: z.string().min(1) };

const headerSynonymsSchema = z.object({
  ...versioned,
  fields: z.record(z.enum(LEDGER_FIELDS), words),
  /** Header words that rule a column out for a field when its header merely contains a synonym (政府 for the economic class). */
  notContaining: described({ fields: z.partialRecord(z.enum(LEDGER_FIELDS), z.array(z.string().min(1))) }).optional(),
  /** Lower-row header words that qualify the column above them (借方 over 原币 | 本位币): read together, 借方本位币. */
  subColumns: described({ words }).optional(),
  /** Header words read as a field only when a header is exactly the word (科目 for the account, never 对方科目). */
  exactOnly: described({ fields: z.partialRecord(z.enum(LEDGER_FIELDS), z.array(z.string().min(1))) }).optional(),
  /** 多栏账: group headers (借方金额分析) over one column per economic class, and sub-columns that are the row's total. */
  analysisGroups: described({
    groups: words,
    creditGroups: z.array(z.string().min(1)),
    totalColumns: z.array(z.string().min(1)),
    otherColumns: z.array(z.string().min(1)),
    /** A sub-column's short or variant name → the class name of the economic table (维修费 → 维修（护）费). */
    classNames: z.record(z.string().min(1), z.string().min(1)).optional(),
    /** A name two classes share (办公设备购置 30902/31002): the 类 read, over the 类 not read. */
    sameName: z.array(z.object({ read: z.string().regex(/^\d{3}$/), over: z.string().regex(/^\d{3}$/) })).optional(),
  }).optional(),
  /** Labels of a combined 辅助核算 cell (功能分类:…;经济分类:…;单位:…): per field, and labels that are no field (部门). */
  auxiliaryLabels: described({
    fields: z.partialRecord(z.enum(LEDGER_FIELDS), words),
    other: z.array(z.string().min(1)),
    /** Bracket pairs a cell may put around its labels (【项目】…, 〔项目：…〕): each an opening and a closing character. */
    brackets: z.array(z.string().length(2)).optional(),
    /** Headers of a column that holds such cells (核算项目, 辅助核算): there a cell of one pair is read too. */
    columnHeaders: z.array(z.string().min(1)).optional(),
    /** Bracket pairs read around 辅助核算 items inside a free text (发放工资【功能科目：2030603 人民防空】). */
    inlineBrackets: z.array(z.string().length(2)).optional(),
    /** A bare code's shape (a regular expression) per field: 【2130101 行政运行】 is a function class. */
    bareCodes: z.partialRecord(z.enum(LEDGER_FIELDS), z.string().min(1).refine(compiles, '不是有效的正则表达式 / not a regular expression')).optional(),
  }).optional(),
  /** Wrapped cells split into rows (a PDF-to-Excel conversion): the fields whose text may continue on the rows below. */
  wrappedCells: described({ fields: z.array(z.enum(LEDGER_FIELDS)).min(1), codeFields: z.array(z.enum(LEDGER_FIELDS)) }).optional(),
  /** 金额线 prints (one digit per cell under 千 百 十 元 角 分): headings, position names per place, sign and zero marks. */
  digitColumns: described({
    headings: words,
    places: z.array(words).min(3),
    signHeads: z.array(z.string().min(1)),
    zeroMarks: z.array(z.string().min(1)),
    signMarks: z.array(z.string().min(1)),
    currencyMarks: z.array(z.string().min(1)).optional(),
    splitPlaces: z.object({ whole: words, fraction: words }).optional(),
  }).optional(),
  /** Labels of the amount unit a title row states (金额单位：万元), read with the unit words of core/money. */
  amountUnit: described({ labels: words }).optional(),
  /** The unit code and name columns of an export holding several units' books (代理记账 凭证明细). */
  unitColumns: described({ code: words, name: words }).optional(),
  /** Headers of a column holding the date and the voucher number in one cell (日期凭证号: 2024-03-05 记-12). */
  dateVoucher: described({ headers: words }).optional(),
  /** 平行记账 on one row: the words naming the 预算会计 and the 财务会计 side of a header, and the fields a side owns. */
  bookSides: described({ budget: words, financial: words, bookFields: z.array(z.enum(LEDGER_FIELDS)).min(1) }).optional(),
});

const classificationSchema = z.object({
  ...versioned,
  basicByNatureEconomic: described({ codes: words }),
  /** otherThings: words holding a routine word that name another thing (社保卡 is no 社保 contribution). */
  routineSummaryWords: described({ words, aboutOtherThings: z.string().optional(), otherThings: z.array(z.string().min(1)).optional() }),
  projectContextWords: described({ words }),
  routinePayeeWords: described({ words }).optional(),
  basicDisallowedEconomic: described({ codes: words }),
  reconciliation: described({ toleranceFen: z.number().int().min(0) }),
  basicProjectWords: described({ words }).optional(),
  /** Function items of basic running costs (行政运行, 事业运行), by name. */
  runningFunctionItems: described({ names: words }).optional(),
  /** 项 numbers no 款 of the 支出功能分类 uses (60–98: items run from 01, 50 is 事业运行, 99 其他). */
  functionItemNumbers: described({ unusedFrom: z.number().int().min(1).max(99), unusedTo: z.number().int().min(1).max(99) }).optional(),
  /** The shape of a 预算管理一体化 basic project: nearly all its entries on running function items or staff-pay classes. */
  basicProjectShape: described({
    functionNames: z.array(z.string().min(1)),
    economicCodes: words,
    minEntries: z.number().int().min(1),
    minPercent: z.number().min(0).max(100),
    minProjectPercent: z.number().min(0).max(100),
    /** A basic project's entry off the running items while its other entries are at least this % on them is a stray. */
    strayMinPercent: z.number().min(0).max(100).optional(),
  }).optional(),
  /**
   * An entry with no project and no stated nature (the importer read it basic) on a function item that this
   * ledger's other entries use for projects only: a nature question.
   */
  projectOnlyFunctionItems: described({
    minProjectEntries: z.number().int().min(1),
    minProjectPercent: z.number().min(0).max(100),
    minBasicClassEntriesElsewhere: z.number().int().min(1).optional(),
  }).optional(),
  /** A basic entry with no project whose 摘要 writes a project's whole name: a nature question (ledger.nature-inconsistent). */
  projectNamedInBasic: described({
    minNameLength: z.number().int().min(2),
    exceptEconomic: words,
    /** Suffixes of the unit's sections (科, 股, 室): a project's name right before one names the section, not the project. */
    sectionSuffixes: words.optional(),
  }).optional(),
  /**
   * An economic cell naming its class without a code, where two classes of the table share the name (办公设备购置 is
   * 30902 and 31002): [preferred class prefix, other class prefix] pairs that decide between two such codes.
   */
  /** Projects that exist to pay persons an allowance (乡村教师生活补助): names ending so; an entry restating the name pays it. */
  payProjects: described({ nameEndings: words }).optional(),
  /** Pay of a project's own workers (公卫人员 on 基本公共卫生服务项目): worker nouns and the unit's own staff words. */
  projectWorkers: described({ projectNames: words, nouns: words, unitStaffWords: words }).optional(),
  /**
   * A project that exists to care for a group of people outside the unit (环卫工人关爱): named with a care word
   * (`nameWords`), the people before it; a `codes` entry whose 摘要 names those people is the project's purpose.
   */
  careProjects: described({ nameWords: words, codes: words, minPeopleLength: z.number().int().positive() }).optional(),
  /**
   * Site-cost classes (电费 of charging) that a project's special-purpose work vehicle incurs: named in the 摘要 by
   * three-public.json vehicleOperation.specialVehicles (洒水车, 洗扫车 …), the cost is the vehicle's, the project's.
   */
  projectVehicleCosts: described({ codes: words }).optional(),
  economicNameTies: described({ pairs: z.array(z.tuple([z.string().min(1), z.string().min(1)])) }).optional(),
  /**
   * An economic cell naming its class in a form the year's table does not hold: `names` maps a short or informal name
   * (接待费, 出国费) to the table's name; `minPrefixLength`: a name cut short (公务用车运行维护, a column too narrow) that
   * begins exactly one class's name and has at least this many characters is that class.
   */
  economicNameForms: described({ source: z.string().min(1), names: z.record(z.string().min(1), z.string().min(1)), minPrefixLength: z.number().int().min(2) }).optional(),
  projectBusinessClasses: described({ codes: words, genericWords: words }).optional(),
  personnelWords: described({ words }).optional(),
  /**
   * A routine word naming a subject or an errand, not a cost (劳动工资统计调查, 接送院民赴县医院体检): right before one of
   * `topicNouns`, or after one of `errandVerbs` in the same clause and not followed by 费 — read only when the 摘要 names
   * none of the unit's own staff (projectWorkers.unitStaffWords).
   */
  routineWordsAsSubject: described({ topicNouns: words, errandVerbs: words }).optional(),
  servedPeopleWords: described({ words }).optional(),
  projectSiteCosts: described({ codes: words, words, unitOfficeWords: words, siteNouns: words, leadingWords: words }).optional(),
  unitOfficeUpkeep: described({
    codes: words,
    /** A project named for works (维修, 改造) on the unit's premises (办公用房, 公共机构): the office's upkeep under `codes` is its purpose. */
    premisesProjects: described({ premisesWords: words, worksWords: words, codes: words }).optional(),
  }).optional(),
  /** Classes that pay persons outside the unit's payroll (303 对个人和家庭的补助): a pay word there is not staff pay. */
  personTransferClasses: described({ codes: words, payWords: words.optional(), giftWords: words.optional() }).optional(),
  hiredStaffWords: described({
    words,
    excusedClasses: z.array(z.string().min(1)).optional(),
    payrollWords: z.array(z.string().min(1)).optional(),
    labourClasses: z.array(z.string().min(1)).optional(),
  }).optional(),
  accountClasses: described({
    budgetExpenditure: z.object({ prefixes: words, names: words }),
    expense: z.object({ prefixes: words, names: words }),
    /** The 财务会计 classes (1–5 of the 政府会计制度 科目表): beside budget-expenditure lines, 平行记账's other books. */
    financial: z.object({ prefixes: words }).optional(),
    economicInAccount: z
      .object({
        about: z.string(),
        length: z.number().int().positive(),
        pattern: z.string().min(1),
        segmentSeparators: z.object({ about: z.string(), characters: z.string().min(1), classLevels: z.array(z.number().int().positive()).min(2).optional() }).optional(),
        byName: z.object({ about: z.string(), source: z.string().min(1), suffixes: z.array(z.tuple([z.string().min(1), z.string().min(1)])) }).optional(),
      })
      .optional(),
    natureInAccount: z.object({ about: z.string(), basic: words, project: words }).optional(),
  }).optional(),
});

/** Status columns of payment exports (data/ledger/payment-status.json): returned and voided payments are no entries. */
const paymentStatusSchema = z.object({
  ...versioned,
  headers: described({ words }),
  voidValues: described({ words }),
});

export const THREE_PUBLIC_CATEGORIES = ['reception', 'overseasTravel', 'vehicleOperation', 'vehiclePurchase'] as const;
export type ThreePublicCategory = (typeof THREE_PUBLIC_CATEGORIES)[number];

const threePublicSchema = z.object({
  ...versioned,
  categories: z.record(
    z.enum(THREE_PUBLIC_CATEGORIES),
    z.object({
      label: z.string().min(1),
      economic: words,
      /** 摘要 words naming the 三公 item itself (公务接待, 国际机票, 车辆维修): evidence alone. */
      words,
      /**
       * Common words that also name other things (接待, 签证, 轮胎, ETC): evidence only with a second, separate word of
       * the category (a word, a weak word, a paired word, a weak meal word), a payee of the category or a plate.
       */
      weakWords: z.array(z.string().min(1)).optional(),
      /** What the 摘要 must say for a payee of the category or a plate to be evidence (餐, 饭 for a restaurant; 加油, 维修 for a garage). */
      purposeWords: z.array(z.string().min(1)).optional(),
      /**
       * Words that hold a `purposeWords` word but name something else (风险, 危险, 险情 hold 险; 保险柜 holds 保险): masked
       * before the purpose of a payee or a plate is read.
       */
      notPurposeWords: z.array(z.string().min(1)).optional(),
      /** Words of `words` naming the car itself (公务用车), not a running item: they never move a booked purchase into running costs. */
      carWords: z.array(z.string().min(1)).optional(),
      /** Payees whose name says the category (a restaurant: hospitality), with a `purposeWords` word in the 摘要. */
      payeeWords: z.array(z.string().min(1)).optional(),
      /** Economic classes that explain such a payee (a hotel on a travel or training entry). */
      payeeExplainedByEconomic: z.array(z.string().min(1)).optional(),
      /** A regular expression for evidence in the 摘要 or payee (a licence plate: vehicle spending). */
      platePattern: z.string().min(1).optional(),
      /** Weak 摘要 words (工作餐): evidence only where neither `payeeExplainedByEconomic` nor `payeeExplainedByWords` explains them. */
      explainedWords: z.array(z.string().min(1)).optional(),
      /** Negative context for this category only (伙食费 is not hospitality, 加油助威 not fuel). */
      excludeWords: z.array(z.string().min(1)).optional(),
      /** 摘要 words that explain a payee or a weak word of this category (a hotel's 住宿 or 会务, a 会议's 午餐 is no banquet). */
      payeeExplainedByWords: z.array(z.string().min(1)).optional(),
      /**
       * Words naming a trip's group (考察团, 团费): a refund of the same class and project whose 摘要 names the same
       * group (退回考察团结余) reverses the hidden bill of this category, though it names neither place nor payee.
       */
      refundGroupWords: z.array(z.string().min(1)).optional(),
      /**
       * A trip to a domestic place about a subject of the category (赴长沙参加境外投资项目备案管理培训): every
       * destination after `travelVerbs` (and any recognised after `looseVerbs`) is domestic — one of `places`, a word
       * starting with `localStarts` (省厅, 市局, 各乡镇) or a name ending in `placeSuffixes` (湘潭市) that holds no place
       * of the category's pairs —, every word of the category in the 摘要 modifies a subject (`topicNouns` in the words
       * that follow it, before `costWords`), and none of `unlessAny` (签证, 护照: the trip's own papers) is named: the
       * entry is not of the category.
       */
      domesticTopic: described({
        travelVerbs: words,
        looseVerbs: z.array(z.string().min(1)),
        places: words,
        localStarts: words,
        placeSuffixes: words,
        topicNouns: words,
        costWords: words,
        unlessAny: words,
        /** A domestic trip booked under the category's own class (30212) is mis-booked: flagged, left out of the total. */
        misbookedUnderClass: z.boolean().optional(),
      }).optional(),
      /**
       * Objects a noun of the category's pairs may qualify (汽车 in 新能源汽车原理展品, 车辆模型): such a noun followed,
       * within `maxGap` Han characters, by one of `objects` names the object bought, not the category's item.
       */
      qualifiedObjects: described({ objects: words, maxGap: z.number().int().min(0) }).optional(),
      /**
       * Vehicles named by the work they do (垃圾压缩车, 洒水降尘车, 消防水罐车): one of `functions`, up to `maxGap` Han
       * characters, then 车 — unless the name ends in a car noun of the category's pairs (环卫处公务车, 环卫所车辆:
       * the unit's own car). Such a vehicle is special-purpose equipment, not a 公务用车: negative context.
       */
      specialVehicles: described({ functions: words, maxGap: z.number().int().min(0) }).optional(),
      /**
       * A machine's fuel (草坪修剪机汽油, 绿篱机加油): 机 after a Han character, right before one of `fuelWords`, names
       * the machine the fuel was for — negative context, unless the word ending there is one of `notMachines` (司机,
       * 发动机: a car's driver or engine) or a licence plate is in the 摘要. So does one of `apparatusWords` (台架, 机组: an
       * apparatus that burns fuel) before a fuel word, 用 written between or not (发动机台架用汽油).
       */
      machineFuel: described({ fuelWords: words, notMachines: z.array(z.string().min(1)), apparatusWords: z.array(z.string().min(1)).optional() }).optional(),
      /**
       * A 公务卡 repayment (genericPayees.cardBillWords) at a merchant of one of `words` (a restaurant), booked under a
       * class of `economic` (prefixes: goods such a merchant does not sell, 办公费), is a purchase of the category's
       * trade (a meal) when the 摘要 says nothing else.
       */
      cardMerchant: described({
        words,
        economic: words,
        /**
         * A repayment that says the card was used at the merchant (湘味轩酒楼 5月14日消费): the purchase of its trade, a
         * second fact, so it counts also in `economic` of its own (其他商品和服务支出) and whatever else the 摘要 says —
         * the category's negative context aside. `unlessWords`: compounds of a consumption word that name no purchase
         * (消费帮扶, 消费者).
         */
        consumption: described({ words, economic: words, unlessWords: z.array(z.string().min(1)) }).optional(),
      }).optional(),
      /**
       * A bill whose 摘要 says nothing but that it was paid (`paymentWords`: 付款, 支付 …, dates and the payee's name
       * aside): paid to a merchant of `cardMerchant.words` itself (the payee cell) under a class of `economic`, it is a
       * purchase of the merchant's trade (a meal). And a meal named alone (`mealWords`: 晚餐) under a class of
       * `eventEconomic` (会议费, 培训费): the class explains a meal of an event only when the 摘要 names more than the meal.
       * `unlessPayeeWords`: merchants that supply canteens (餐饮管理, 配送) are no restaurant for a bare bill.
       */
      bareBill: described({
        paymentWords: words,
        economic: words,
        mealWords: words,
        eventEconomic: words,
        unlessPayeeWords: z.array(z.string().min(1)).optional(),
        /** A bare lodging bill (住宿费（2间1晚）) at a hotel of the unit's own town, under a travel class: no journey's. */
        ownTownLodging: z
          .object({ economic: words, lodgingWords: words, countUnits: words, hotelWords: words })
          .optional(),
      }).optional(),
      /**
       * Classes (prefixes) whose own costs the category's weak words also name (a traveller's 过路费 and 停车费 under
       * 差旅费): there one weak word does not corroborate another — a word of `words`, of a pair or a plate must.
       */
      weakPairsExplainedByEconomic: z.array(z.string().min(1)).optional(),
      /** Payee words naming the unit's driver (驾驶员, 司机): paid for a weak word of the category (过路费), the car's cost. */
      driverPayeeWords: z.array(z.string().min(1)).optional(),
      /** Classes (prefixes) that move vehicle evidence into this category (a car bought under 资本性支出). */
      evidenceEconomic: z.array(z.string().min(1)).optional(),
      /**
       * Two words that are evidence together, not alone: a place abroad with a word of travel (赴新加坡), a meal
       * with a visiting group (检查组…午餐). Unlike `explainedWords`, the entry's class does not explain them.
       */
      pairedWords: z
        .array(
          described({
            words,
            withAny: words,
            /**
             * A pattern that names a party of the pair the way a `withAny` word does, where no list of words can (a body
             * of another county named as coming: 兄弟县信访局来岚交流人员).
             */
            withPattern: z.string().min(1).optional(),
            /**
             * A pattern of a higher body's working group (省…复核组, 市级抽查组: a level, a kind of official work, 组 or
             * 团) that counts as a `withAny` word — but, unlike `withPattern`, does not by itself name the group as a
             * party that came (the event-meal exception of `unlessInClass` still reads 全县会议午餐（市督导组） as the meeting's).
             */
            groupPattern: z.string().min(1).optional(),
            economic: z.array(z.string().min(1)).optional(),
            /** Words that stop the pair (下乡: the unit's own group going out, not a visit). */
            unlessAny: z.array(z.string().min(1)).optional(),
            /**
             * Words that end a visiting group's name (及, 和, 、). When given, the Han characters before the `withAny`
             * word back to one of these, to punctuation or to the start — naming no word of `words` — are the group's
             * name (省营养改善计划评估组): a category exclude word inside it says what the group reviews, not who ate.
             */
            groupNameBreaks: z.array(z.string().min(1)).optional(),
            /**
             * A `withAny` travel verb (赴, 前往) directly followed by one of these domestic places (长沙, 省, 市) names a
             * domestic trip: that occurrence is no travel word of the pair.
             */
            domesticAfter: z.object({ verbs: words, places: words }).optional(),
            /**
             * `withAny` words (`words`: 访问) that have another sense where the 摘要 names one of `contextWords` (网站,
             * 网络, 服务器: the access of a network, not a visit): there, those words are no word of the pair; the
             * pair's other `withAny` words (赴, 机票) still pair.
             */
            otherSense: described({ words, contextWords: words }).optional(),
            /**
             * A word of `words` (a place abroad, 海外) directly followed by one of these nouns (华裔, 侨胞, 客商, 专家)
             * names people of that place, not a destination: that occurrence is no word of the pair — unless the place
             * directly follows one of `notAfter` (赴, 前往: 赴澳门青少年交流营 goes there).
             */
            peopleAfter: described({ notAfter: z.array(z.string().min(1)), nouns: words }).optional(),
            /**
             * The unit's own travel: an entry booked under one of `economic` (差旅费) whose 摘要 names one of `words`
             * (交通, 住宿) and none of `unlessAny` (来, 莅临, 陪同: a sign the group came to the unit) stops the pair —
             * the group (检查组) is the unit's own, travelling.
             */
            ownTravel: described({ economic: z.array(z.string().min(1)), words, unlessAny: words, otherBodyPattern: z.string().min(1).optional() }).optional(),
            /**
             * An event's own class: booked under one of `economic` (会议费, 培训费) with a 摘要 naming one of `words`
             * (会议, 培训班 — outside a visiting group's name) and none of `unlessAny` (一行, 莅临: the group came as a
             * party of its own), the pair is the event's meal of its participants.
             */
            unlessInClass: described({ economic: words, words, unlessAny: words }).optional(),
          }),
        )
        .optional(),
    }),
  ),
  /**
   * `wordEnds`: words that end where they stand (人员): a negative word starting at their last character (员工 of
   * 工作人员工作餐) is no word of the 摘要 and is not sought across them. `wholeWords`: words that hold a negative word
   * inside them (面包车 holds 包车, a charter): no negative word is sought within them. `errandVerbs`: a bracketed note
   * that begins with one of them (（赴乡镇核查两项补贴）) names the trip a car's bill served, not what was paid; so does one
   * that ends with one of them, a few Han characters (a place) and one of `errandUseWords` (（…检查下乡用车）: the car used
   * for the trip).
   */
  excludeWords: described({
    words,
    payeeWords: words.optional(),
    wordEnds: words.optional(),
    wholeWords: words.optional(),
    errandVerbs: words.optional(),
    errandUseWords: words.optional(),
    /** Negative words a licence plate in the same 摘要 overrides (加油站: a place, unless a plated car was fuelled there). */
    plateOverrides: words.optional(),
    /**
     * Negative words naming what a trip or an action was about (补助, 培训, 安全检查 …): beside a licence plate they rank
     * below the plate's bill (the errand the car served), while a longer negative word holding one (交通补贴) still holds.
     */
    errandTopics: described({ words }).optional(),
    /**
     * Negative words a visiting party named in the same 摘要 overrides (来访接待: the public's reception desk, unless a
     * group that came is named — 考察团来访接待用餐 is the group's hospitality). `parties`: the group words; the
     * reception pairs' `groupPattern` (a higher body's working group) names a party too.
     */
    partyOverrides: described({ words, parties: words }).optional(),
    /**
     * Quotation and title marks (`open[i]` … `close[i]`) whose contents name a title — of an exhibition, a campaign, a
     * slogan (“出国门看园林”图片展) — not what was paid: a weak word or a pair's word inside them is no fact of the
     * category (strong words still are).
     */
    titleMarks: described({ open: words, close: words }).optional(),
  }),
  /** Economic classes (prefixes) in which text evidence is sought; others (subsidies, wages) never hide 三公. */
  textEvidenceEconomic: described({ codes: words, excludedCodes: z.array(z.string().min(1)).optional() }).optional(),
  /**
   * Objects a category's classes cannot hold (a grain dryer under 公务用车运行维护费, the unit's own staff's 误餐 under
   * 公务接待费): an entry booked there whose 摘要 names one, no word of `unlessAny` (a vehicle; a guest) and no plate,
   * and whose payee names none of `unlessAny` (nor, with `unlessPayeeOfCategory`, a trade of the category), is
   * mis-booked — flagged, and left out of the category's total.
   */
  misbookedObjects: z
    .array(
      described({
        categories: z.array(z.enum(THREE_PUBLIC_CATEGORIES)),
        words,
        unlessAny: words,
        /** A payee of the category's trade (a garage: a car's 空调维修) silences the rule too. */
        unlessPayeeOfCategory: z.boolean().optional(),
        /**
         * Verbs of buying goods (购, 采购, 购置): a 摘要 naming one names an object bought — the verb and the Han words
         * after it (购方志馆展柜防尘罩) — whatever the object, so that no list of goods has to foresee it.
         */
        purchaseVerbs: words.optional(),
        /** Payee trades that sell goods only (办公用品, 文具, 家具, 五金): a bill from one is an object bought. */
        goodsPayeeWords: words.optional(),
        /**
         * The unit's own people (职工, 干部, 工作人员) and a meal (工作餐, 午餐) within `maxGap` Han characters: an object
         * of the kind read by position (干部职工周末加班工作餐), not compound by compound.
         */
        peopleAtMeal: described({ people: words, meals: words, maxGap: z.number().int().min(0) }).optional(),
      }),
    )
    .optional(),
  /**
   * A trip, meeting or course (`economic`: 差旅费, 会议费, 培训费) whose 摘要 names a 三公 word as its subject
   * (公务用车管理工作会): the word followed by a subject noun (`topicNouns`) before the bill's cost (`costWords`), with no
   * purpose word of its category there, is what the event was about, not what was paid for. `procured`: words of a
   * procurement evaluated (采购项目, 评标): with one of them there, a purpose word is the tendered service's, not the bill's.
   */
  eventSubjects: described({ economic: words, topicNouns: words, costWords: words, procured: described({ words }).optional() }).optional(),
  /** Payee cells that name no trading party (公务卡还款, 报销人): the 摘要 is then read for the payee's name. */
  genericPayees: described({
    words,
    /** A payee of this many Han characters (from, to) naming no trade is a person: the claimant, no trading party. */
    personNameLength: z.tuple([z.number().int().min(1), z.number().int().min(1)]).optional(),
    /** 摘要 words of a 公务卡 repayment (公务卡还款): the line names the merchant where the card was used. */
    cardBillWords: z.array(z.string().min(1)).optional(),
  }).optional(),
});

const projectMatchSchema = z.object({
  ...versioned,
  stopwords: z.array(z.string()),
  minKeywordLength: z.number().int().min(1),
  bigramWeight: z.number().min(0).max(1),
  flagBelowScore: z.number().min(0).max(1),
  projectKeywords: described({ byProject: z.record(z.string(), z.array(z.string().min(1))) }),
  /**
   * Purposes that belong to a function of their own (驻村帮扶: 21305 巩固脱贫攻坚成果衔接乡村振兴): a project entry whose
   * 摘要 names one of `words`, booked on a function code outside `functions`, on a project whose name carries none of the
   * words, pays a purpose unrelated to its project.
   */
  functionPurposes: described({
    items: z.array(z.object({ words, functions: words })),
  }).optional(),
  unrelatedPurposeWords: described({
    words,
    exceptEconomic: z.array(z.string().min(1)).optional(),
    /** Gifts and staff welfare: unrelated even when the 摘要 also names the project's words (教师节慰问品 on 教师培训). */
    strongWords: z.array(z.string().min(1)).optional(),
    staffWords: z.array(z.string().min(1)).optional(),
    /**
     * Marks of a subject: a word inside a title (`titleQuotes`: 《…》) or right before one of `followedBy` (节目, 宣传)
     * names what a programme or a campaign is about, not what the money bought — it is masked before these words are sought.
     */
    subjectMarkers: described({
      titleQuotes: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
      followedBy: words,
      /**
       * The object of oversight: a word followed, within `maxGap` characters, by an oversight word (旅行社资质检查) that
       * names no visiting group (`notFollowedBy`: 检查组), or right after an enforcement verb (`before`: 打击非法烟酒).
       */
      objectOf: described({ after: words, maxGap: z.number().int().min(0), notFollowedBy: words, before: words, maxGapBefore: z.number().int().min(0) }).optional(),
      /**
       * An event named after the word: the word right before one of `ends` (年货节, 年货展销会) that is not followed by one
       * of `notFollowedBy` (节日, 节前: a holiday, not an event's name).
       */
      eventName: described({ ends: words, notFollowedBy: words }).optional(),
      /**
       * A course of study named after the word: the word followed, within `maxGap` Han characters, by one of `ends`
       * (旅游服务专业, 茶叶加工课程: a vocational school's programme), its subject, not what the money bought.
       */
      courseName: described({ ends: words, maxGap: z.number().int().min(0) }).optional(),
    }).optional(),
  }).optional(),
  /** Nouns of a room or hall (室, 厅): a word right before one names the place (评标室), no project's subject. */
  roomNouns: described({ words }).optional(),
  /** Endings of a venue's name (之家 of 委员之家) that the segmenter cuts off: the name with its two characters before is one keyword. */
  venueEndings: described({ words }).optional(),
  /** Hired venues (宾馆, 会议中心): where a project's event was held, no project's subject. */
  venueWords: described({ words }).optional(),
  /** The unit's own area's place names, read from the payees and departments before an administrative suffix (岑川 of 岑川县…). */
  localPlaces: described({ suffixes: words, maxNameLength: z.number().int().min(2) }).optional(),
  otherProject: described({
    minKeywords: z.number().int().min(1),
    minLongKeywordLength: z.number().int().min(2),
    minUsesOfOneWord: z.number().int().min(2).optional(),
    minNamedProjectLength: z.number().int().min(2).optional(),
    minPayeeKeywordLength: z.number().int().min(2).optional(),
    minSharedRunLength: z.number().int().min(2).optional(),
    /** A word in at least `minNames` project names and `minPercent` % of them is the unit's line of work, no project's. */
    commonNameWords: z.object({ minNames: z.number().int().min(2), minPercent: z.number().min(0).max(100) }).optional(),
    /** Verbs of action that end a clause before a name ending in 项目 (开展, 赴): the name begins after the last. */
    clauseVerbs: z.array(z.string().min(1)).optional(),
    /** Funding words that may end a project's name after 项目 (经费, 资金): more than these says the project works on projects. */
    fundingWords: z.array(z.string().min(1)).optional(),
    /** Basic entries of these classes (差旅费, 会议费 …) say what the unit's work was for: not its general vocabulary. */
    purposeEconomic: z.array(z.string().min(1)).optional(),
    /** Nouns of a kind of body (企业, 合作社): a word right before one names the kind (外商投资企业), no project's work. */
    bodyNouns: z.array(z.string().min(1)).optional(),
    /** Furniture and fittings (接待台, 座椅, 储物柜): a word right before one names who uses the thing bought, no project's work. */
    objectNouns: z.array(z.string().min(1)).optional(),
    /** Trades every kind of work buys from (印刷, 广告, 文具): such a supplier paid by one project only is no tie to it. */
    generalSupplierWords: z.array(z.string().min(1)).optional(),
  }).optional(),
  /** Short form → full form (非遗 → 非物质文化遗产), matched both ways. */
  abbreviations: described({ pairs: z.record(z.string().min(1), z.string().min(1)) }).optional(),
  /** Words of the function classes' 类 names: never the single long keyword that names another project. */
  sectorWords: described({ words }).optional(),
  transactionWords: described({ words }).optional(),
  placeNouns: described({ words }).optional(),
  /** Words naming a kind of work (监测, 检查 …): the own project's only such words in a 摘要 do not tie it to the project. */
  workKindWords: described({ words }).optional(),
  /** Relief projects (救助资金 …) and the transfer classes they spend through. */
  transferProjects: described({ nameWords: words, economic: words, workEconomic: words.optional() }).optional(),
});

export type HeaderSynonyms = Readonly<Record<LedgerField, readonly string[]>>;
export type ClassificationRules = z.output<typeof classificationSchema>;
export type ThreePublicRules = z.output<typeof threePublicSchema>;
const categoryWeights = z.partialRecord(z.enum(THREE_PUBLIC_CATEGORIES), z.number());
const structuredSignal = z.object({ weight: z.number(), rank: z.number(), categories: z.array(z.enum(THREE_PUBLIC_CATEGORIES)).min(1) });
/** Combined evidence of hidden 三公 spending (data/ledger/three-public-score.json): signals, weights, ranks, threshold. */
const threePublicScoreSchema = described({
  ...versioned,
  threshold: z.number(),
  text: described({ word: z.number(), pair: z.number(), weak: z.number(), purpose: z.number(), class: z.number(), card: z.number(), bare: z.number(), facts: z.number() }),
  secondWord: described({ weight: z.number(), objectNouns: z.partialRecord(z.enum(THREE_PUBLIC_CATEGORIES), words), extraWords: z.partialRecord(z.enum(THREE_PUBLIC_CATEGORIES), words) }),
  economicClass: described({
    capital: z.object({ weight: z.number(), categories: z.array(z.enum(THREE_PUBLIC_CATEGORIES)) }),
    kindred: z.object({ weight: z.number(), classes: z.partialRecord(z.enum(THREE_PUBLIC_CATEGORIES), words) }),
  }),
  structured: described({
    plate: structuredSignal,
    party: structuredSignal.extend({ patterns: z.array(z.string().refine(compiles, 'not a regular expression')) }),
    reference: z.object({ weight: z.number(), rank: z.number(), categories: z.partialRecord(z.enum(THREE_PUBLIC_CATEGORIES), words) }),
    abroad: structuredSignal.extend({ verbs: words, maxGap: z.number().int().min(0), tripWords: words }),
  }),
  payeeKinds: described({
    tail: z.string().refine(compiles, 'not a regular expression'),
    misbookedUnlessText: z.partialRecord(z.enum(THREE_PUBLIC_CATEGORIES), words).optional(),
    kinds: z.array(z.object({ kind: z.string().min(1), heads: words, payeeWordsOf: z.enum(THREE_PUBLIC_CATEGORIES).optional(), unlessAny: z.array(z.string().min(1)).optional(), misbookedUnderClass: z.boolean().optional(), weights: categoryWeights })).min(1),
  }),
  negative: described({
    defaultRank: z.number(),
    topicRank: z.number(),
    topicShapes: z.array(z.string().refine(compiles, 'not a regular expression')),
  }),
});
export type ThreePublicScoreRules = z.output<typeof threePublicScoreSchema>;

export type ProjectMatchRules = z.output<typeof projectMatchSchema>;

/** How a 多栏账 is recognised (data/ledger/header-synonyms.json analysisGroups); every list empty when the data has none. */
export interface AnalysisGroups {
  /** Group headers (借方金额分析) over one column per economic class. */
  readonly groups: readonly string[];
  /** 贷方 groups (贷方金额分析) of a 借贷多栏账: their amounts are refunds and reversals. */
  readonly creditGroups: readonly string[];
  /** Sub-columns that repeat the row's total (合计): not a class. */
  readonly totalColumns: readonly string[];
  /** Columns that are no field of an entry (余额): where a group printed over empty cells ends. */
  readonly otherColumns: readonly string[];
  /** A sub-column's short or variant name → the class name of the economic table (维修费 → 维修（护）费). */
  readonly classNames: Readonly<Record<string, string>>;
  /** A name two classes share (办公设备购置 30902/31002): the 类 read, over the 类 not read. */
  readonly sameName: readonly { readonly read: string; readonly over: string }[];
}

/** Labels of a combined 辅助核算 cell (data/ledger/header-synonyms.json auxiliaryLabels); empty when the data has none. */
export interface AuxiliaryLabels {
  /** Per field, the labels naming it inside such a cell. */
  readonly fields: Partial<Record<LedgerField, readonly string[]>>;
  /** Labels that are no field (部门): known, so that a value ends where they begin. */
  readonly other: readonly string[];
  /** Bracket pairs around labels (【】, 〔〕, ｛｝ …), each an opening and a closing character. */
  readonly brackets: readonly string[];
  /** Headers of a column of such cells (核算项目, 辅助核算): there a cell of one known pair is read too. */
  readonly columnHeaders: readonly string[];
  /** Bracket pairs read around 辅助核算 items inside a free text (a 摘要 with its 辅助核算 appended). */
  readonly inlineBrackets: readonly string[];
  /** Per field, the shape of a bare bracketed code naming it (【2130101 行政运行】), compiled. */
  readonly bareCodes: readonly { readonly field: LedgerField; readonly pattern: RegExp }[];
}

export interface LedgerRuleData {
  readonly headerSynonyms: HeaderSynonyms;
  readonly auxiliaryLabels: AuxiliaryLabels;
  /** Per field, header words that rule a column out when the header only contains a synonym. */
  readonly headerExclusions: Partial<Record<LedgerField, readonly string[]>>;
  /** Normalised header words matched exactly only (header-synonyms.json exactOnly), already among `headerSynonyms`. */
  readonly headerExactOnly: ReadonlySet<string>;
  /** Normalised lower-row header words that qualify the column above them (原币, 本位币). */
  readonly headerSubColumns: ReadonlySet<string>;
  /** Headers of a combined date-and-voucher column (header-synonyms.json dateVoucher), normalised by combinedHeaderKey. */
  readonly headerDateVoucher: ReadonlySet<string>;
  /** The two sides of a 平行记账 header on one row (header-synonyms.json bookSides); undefined when the data has none. */
  readonly bookSides?: BookSideWords;
  readonly analysisGroups: AnalysisGroups;
  /** The words of a 金额线 print (header-synonyms.json digitColumns); every list empty when the data has none. */
  readonly digitColumns: DigitColumnWords;
  /** Labels of a title row's amount unit (header-synonyms.json amountUnit: 金额单位, 单位 …); empty when the data has none. */
  readonly amountUnitLabels: readonly string[];
  /** The unit code and name columns of a multi-unit export (header-synonyms.json unitColumns); empty lists when none. */
  readonly unitColumns: UnitColumnWords;
  /** Wrapped cells split into rows (header-synonyms.json wrappedCells); no fields when the data has none. */
  readonly wrappedCells: { readonly fields: readonly LedgerField[]; readonly codeFields: readonly LedgerField[] };
  readonly classification: ClassificationRules;
  readonly threePublic: ThreePublicRules;
  readonly threePublicScore: ThreePublicScoreRules;
  readonly projectMatch: ProjectMatchRules;
  /** Status column headers and the values of returned or voided payments (data/ledger/payment-status.json). */
  readonly paymentStatus: { readonly headers: readonly string[]; readonly voidValues: readonly string[] };
}

/** A file of data/ledger/ by its schema. @throws InputError naming the file when it is unreadable or malformed. */
function loadJson<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  return loadDataJson(`data/ledger/${file}`, schema);
}

let cached: LedgerRuleData | undefined;

/** The shipped rule data (read once per process). */
export function loadLedgerRuleData(): LedgerRuleData {
  if (cached) return cached;
  const synonyms = loadJson('header-synonyms.json', headerSynonymsSchema);
  // Field codes of a back-end extract's header (PZRQ, DR_AMT: data/ledger/field-codes.json) are exact-only synonyms.
  const codes = fieldCodeSynonyms();
  const fields = Object.fromEntries(LEDGER_FIELDS.map((f) => [f, [...(synonyms.fields[f] ?? []), ...(synonyms.exactOnly?.fields[f] ?? []), ...(codes[f] ?? [])]])) as Record<
    LedgerField,
    string[]
  >;
  cached = {
    headerSynonyms: fields,
    headerExclusions: synonyms.notContaining?.fields ?? {},
    headerExactOnly: new Set([...Object.values(synonyms.exactOnly?.fields ?? {}), ...Object.values(codes)].flat().map(normalizeHeader)),
    headerSubColumns: new Set((synonyms.subColumns?.words ?? []).map(normalizeHeader)),
    headerDateVoucher: new Set((synonyms.dateVoucher?.headers ?? []).map(combinedHeaderKey)),
    ...(synonyms.bookSides
      ? { bookSides: { budget: synonyms.bookSides.budget, financial: synonyms.bookSides.financial, bookFields: synonyms.bookSides.bookFields } }
      : {}),
    auxiliaryLabels: {
      fields: synonyms.auxiliaryLabels?.fields ?? {},
      other: synonyms.auxiliaryLabels?.other ?? [],
      brackets: synonyms.auxiliaryLabels?.brackets ?? [],
      columnHeaders: synonyms.auxiliaryLabels?.columnHeaders ?? [],
      inlineBrackets: synonyms.auxiliaryLabels?.inlineBrackets ?? [],
      bareCodes: Object.entries(synonyms.auxiliaryLabels?.bareCodes ?? {}).map(([field, pattern]) => ({ field: field as LedgerField, pattern: new RegExp(pattern as string, 'u') })),
    },
    analysisGroups: {
      groups: synonyms.analysisGroups?.groups ?? [],
      creditGroups: synonyms.analysisGroups?.creditGroups ?? [],
      totalColumns: synonyms.analysisGroups?.totalColumns ?? [],
      otherColumns: synonyms.analysisGroups?.otherColumns ?? [],
      classNames: synonyms.analysisGroups?.classNames ?? {},
      sameName: synonyms.analysisGroups?.sameName ?? [],
    },
    digitColumns: {
      headings: synonyms.digitColumns?.headings ?? [],
      places: synonyms.digitColumns?.places ?? [],
      signHeads: synonyms.digitColumns?.signHeads ?? [],
      zeroMarks: synonyms.digitColumns?.zeroMarks ?? [],
      signMarks: synonyms.digitColumns?.signMarks ?? [],
      currencyMarks: synonyms.digitColumns?.currencyMarks ?? [],
      ...(synonyms.digitColumns?.splitPlaces ? { splitPlaces: synonyms.digitColumns.splitPlaces } : {}),
    },
    amountUnitLabels: synonyms.amountUnit?.labels ?? [],
    unitColumns: { code: synonyms.unitColumns?.code ?? [], name: synonyms.unitColumns?.name ?? [] },
    wrappedCells: { fields: synonyms.wrappedCells?.fields ?? [], codeFields: synonyms.wrappedCells?.codeFields ?? [] },
    classification: loadJson('classification.json', classificationSchema),
    threePublic: loadJson('three-public.json', threePublicSchema),
    threePublicScore: loadJson('three-public-score.json', threePublicScoreSchema),
    projectMatch: loadJson('project-match.json', projectMatchSchema),
    paymentStatus: (() => {
      const status = loadJson('payment-status.json', paymentStatusSchema);
      return { headers: status.headers.words, voidValues: status.voidValues.words };
    })(),
  };
  return cached;
}
