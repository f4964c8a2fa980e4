/**
 * 预算管理一体化 books every payment to a project, basic spending too: its 人员类 projects and the 公用经费项目 of
 * 运转类 are basic expenditure though their entries carry a project code. Which projects of a ledger are such basic
 * projects, by two tests (data/ledger/classification.json):
 * - by name (`basicProjectWords`: 人员类, 公用经费, 工资福利 …) — a stated class word;
 * - by shape (`basicProjectShape`) — an INFERENCE from the ledger's own entries, no words: in a ledger whose
 *   entries nearly all carry a project, a project with enough entries nearly all on a basic-running function item
 *   (行政运行, 事业运行, 机关服务) or on a staff-pay class (301, 离休费, 退休费) is taken for a basic project.
 */
import { type LedgerCheckContext, prefixMatcher, wordMatcher } from './check-context.ts';
import { type LedgerEntry, projectKeyOf } from './entry.ts';

/** The function item's name: the code table's, or for a code it lacks the ledger's own (2220101/行政运行). */
export function functionNameOf(entry: LedgerEntry, context: LedgerCheckContext): string | undefined {
  return context.codeTables.function?.entries.get(entry.functionCode)?.name ?? entry.functionName;
}

/** Is the entry on a function item of basic running costs (`runningFunctionItems`: 行政运行, 事业运行)? */
export function runningFunctionTest(context: LedgerCheckContext): (entry: LedgerEntry) => string | undefined {
  const names = new Set(context.rules.classification.runningFunctionItems?.names ?? ['行政运行']);
  return (entry) => {
    const name = functionNameOf(entry, context);
    return name !== undefined && names.has(name) ? name : undefined;
  };
}

/**
 * Inference: the keys (projectKeyOf) of the projects whose entries have the shape of a basic project. Empty unless at
 * least `minProjectPercent` % of the entries carry a project (the 预算管理一体化 shape); elsewhere basic spending
 * carries no project and a project is what the ledger says.
 */
/**
 * The shape's two tests of an entry: on a basic-running function item (`runningFunctionItems` and the shape's own
 * `functionNames`, by functionNameOf), or of a staff-pay class (`economicCodes`).
 */
function shapeTests(context: LedgerCheckContext) {
  const shape = context.rules.classification.basicProjectShape;
  if (!shape) return undefined;
  const running = new Set([...(context.rules.classification.runningFunctionItems?.names ?? ['行政运行']), ...shape.functionNames]);
  const onRunning = (e: LedgerEntry) => {
    const name = functionNameOf(e, context);
    return name !== undefined && running.has(name);
  };
  return { shape, onRunning, payClass: prefixMatcher(shape.economicCodes) };
}

export function basicProjectsByShape(entries: readonly LedgerEntry[], context: LedgerCheckContext): Set<string> {
  const tests = shapeTests(context);
  const out = new Set<string>();
  if (!tests || entries.length === 0) return out;
  const { shape, onRunning, payClass } = tests;
  const counts = new Map<string, { all: number; basic: number }>();
  let withProject = 0;
  for (const e of entries) {
    const key = projectKeyOf(e);
    if (!key) continue;
    withProject++;
    let c = counts.get(key);
    if (!c) {
      c = { all: 0, basic: 0 };
      counts.set(key, c);
    }
    c.all++;
    if (onRunning(e) || payClass(e.economicCode)) c.basic++;
  }
  if (withProject * 100 < shape.minProjectPercent * entries.length) return out;
  for (const [key, c] of counts) if (c.all >= shape.minEntries && c.basic * 100 >= shape.minPercent * c.all) out.add(key);
  return out;
}

/**
 * Whether an entry's project is one under which 预算管理一体化 books basic spending: a 人员类 or 公用经费 project named
 * so (classification.basicProjectWords) or, by inference, shaped so (basicProjectsByShape). A basic entry carrying any
 * other project contradicts itself (ledger.nature-inconsistent).
 */
export function basicProjectTest(entries: readonly LedgerEntry[], context: LedgerCheckContext): (entry: LedgerEntry) => boolean {
  const named = wordMatcher(context.rules.classification.basicProjectWords?.words ?? []);
  const byShape = basicProjectsByShape(entries, context);
  return (entry) => named(`${entry.projectCode ?? ''} ${entry.projectName ?? ''}`) !== undefined || byShape.has(projectKeyOf(entry) ?? '');
}

/**
 * The entries as the checks read them: a project entry whose nature the importer itself inferred (natureSource
 * 'inferred': it carries a project, and neither a 支出类型 cell nor the account's 明细科目 stated the nature) of a
 * project inferred basic by its shape is basic expenditure. A stated 项目支出 stays: on 行政运行 it is what
 * ledger.nature-inconsistent reports; an entry without a source (stored before it was kept) counts as stated.
 * Returns `entries` itself when none changes.
 */
export function withInferredNature(entries: readonly LedgerEntry[], context: LedgerCheckContext): readonly LedgerEntry[] {
  if (!entries.some((e) => e.natureSource === 'inferred' && e.nature === 'project')) return entries;
  const basic = basicProjectsByShape(entries, context);
  if (basic.size === 0) return entries;
  let changed = false;
  const out = entries.map((e) => {
    if (e.nature !== 'project' || e.natureSource !== 'inferred' || !basic.has(projectKeyOf(e) ?? '')) return e;
    changed = true;
    return { ...e, nature: 'basic' as const };
  });
  return changed ? out : entries;
}

/**
 * Inference: entries of a basic project (by name or shape) that stray from its running: off every basic-running
 * function item, not of a staff-pay class, while at least `strayMinPercent` % of the project's other entries (at least
 * `minEntries`) are on such items — a project's work booked under a 公用经费 project.
 */
export function strayBasicEntries(
  entries: readonly LedgerEntry[],
  context: LedgerCheckContext,
  isBasicProject: (entry: LedgerEntry) => boolean,
): Set<LedgerEntry> {
  const tests = shapeTests(context);
  const out = new Set<LedgerEntry>();
  const strayMinPercent = tests?.shape.strayMinPercent;
  if (!tests || strayMinPercent === undefined) return out;
  const { shape, onRunning, payClass } = tests;
  const byProject = new Map<string, LedgerEntry[]>();
  for (const e of entries) {
    const key = projectKeyOf(e);
    if (!key || e.nature !== 'basic' || !isBasicProject(e)) continue;
    const list = byProject.get(key);
    if (list) list.push(e);
    else byProject.set(key, [e]);
  }
  for (const list of byProject.values()) {
    const off = list.filter((e) => !onRunning(e));
    const others = list.length - 1;
    if (others < shape.minEntries || (list.length - off.length) * 100 < strayMinPercent * others) continue;
    for (const e of off) if (!payClass(e.economicCode)) out.add(e);
  }
  return out;
}

/**
 * Inference (`projectOnlyFunctionItems`): entries the importer read as basic only because they name no project (no
 * 支出类型 stated: natureSource 'inferred'), not of a staff-pay class, on a function item that is no basic-running item
 * and that the ledger uses for projects (at least `minProjectEntries` project entries, at least `minProjectPercent` %
 * of the item's entries) — each with the item's numbers of project entries and of all entries. Not an entry of a
 * class basic by nature (`basicByNatureEconomic`: 办公费, 水电 …), nor of a class the ledger's basic entries use at
 * least `minBasicClassEntriesElsewhere` times on other items: a unit books its routine costs on the items its 股室
 * work on (a 卫生院's 公卫科 on 基本公共卫生服务), so only a kind of cost its basic spending does not use is a question. And
 * only on an item whose project entries are all of one project: the project the entry's work would belong to is then
 * known; an item several projects share (a 卫生院's 基本公共卫生服务 and 重大公共卫生 on one 项) says nothing of whose
 * work an unprojected entry is. ledger.nature-
 * inconsistent reports them; ledger.summary-project-mismatch does not count their words as the unit's routine vocabulary.
 */
export function unprojectedOnProjectItems(
  entries: readonly LedgerEntry[],
  context: LedgerCheckContext,
): Map<LedgerEntry, { project: number; all: number }> {
  const rule = context.rules.classification.projectOnlyFunctionItems;
  const out = new Map<LedgerEntry, { project: number; all: number }>();
  if (!rule) return out;
  const running = runningFunctionTest(context);
  const payClass = prefixMatcher(context.rules.classification.basicProjectShape?.economicCodes ?? ['301', '30301', '30302']);
  // 日常公用经费 (办公费, 水电, 邮电, 物业 …) is basic by its class, on whatever item the unit's budget puts it.
  const routineClass = prefixMatcher(context.rules.classification.basicByNatureEconomic.codes);
  const counts = new Map<string, { project: number; all: number; running: boolean; projects: Set<string> }>();
  // The ledger's basic entries by class and item: a class its basic spending uses elsewhere is the unit's routine kind of cost.
  const basicByClass = new Map<string, Map<string, number>>();
  for (const e of entries) {
    const c = counts.get(e.functionCode) ?? { project: 0, all: 0, running: false, projects: new Set<string>() };
    counts.set(e.functionCode, c);
    c.all++;
    if (e.nature === 'project') {
      c.project++;
      c.projects.add(projectKeyOf(e) ?? '');
    }
    if (running(e)) c.running = true;
    if (e.nature === 'basic') {
      const items = basicByClass.get(e.economicCode) ?? new Map<string, number>();
      basicByClass.set(e.economicCode, items);
      items.set(e.functionCode, (items.get(e.functionCode) ?? 0) + 1);
    }
  }
  const minElsewhere = rule.minBasicClassEntriesElsewhere ?? Number.POSITIVE_INFINITY;
  const basicElsewhere = (e: LedgerEntry) => {
    let n = 0;
    for (const [item, count] of basicByClass.get(e.economicCode) ?? []) if (item !== e.functionCode) n += count;
    return n;
  };
  for (const e of entries) {
    if (e.nature !== 'basic' || e.natureSource !== 'inferred' || projectKeyOf(e) || payClass(e.economicCode) !== undefined) continue;
    if (routineClass(e.economicCode) !== undefined) continue;
    const c = counts.get(e.functionCode)!;
    // The item's project entries are all of one project: the project the entry's work would belong to is known.
    const oneProject = c.projects.size === 1;
    if (!c.running && oneProject && c.project >= rule.minProjectEntries && c.project * 100 >= rule.minProjectPercent * c.all && basicElsewhere(e) < minElsewhere) {
      out.set(e, { project: c.project, all: c.all });
    }
  }
  return out;
}
