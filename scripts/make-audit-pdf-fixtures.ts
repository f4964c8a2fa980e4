/**
 * Writes the 部门决算 PDF fixtures of test/fixtures/audit-pdf: a hand-modelled county 部门决算 disclosure (outline,
 * tables and 情况说明 as in the national template that county departments publish), once clean and in variants
 * with planted defects. Each variant is written as HTML and converted to PDF by LibreOffice
 * (`soffice --headless --convert-to pdf`), with its annotations (the planted defects and clean checks) and a
 * source sidecar.
 *
 *   node --import tsx scripts/make-audit-pdf-fixtures.ts        (needs soffice; takes ~10 s per file)
 *
 * Amounts are integers in hundredths of 万元 (one unit = 100 元), so every sum below is exact.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test', 'fixtures', 'audit-pdf');

/** 万元 with two decimals from hundredths. */
function w(n: number): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
/** A percentage a / b with `digits` decimals, as text (display only). */
function pct(a: number, b: number, digits = 2): string {
  return b === 0 ? '0' : ((a * 100) / b).toFixed(digits);
}

interface Item {
  code: string;
  name: string;
  initial: number;
  adjusted: number;
  basic: number;
  project: number;
}

interface Dept {
  slug: string;
  region: string;
  name: string;
  short: string;
  parent: string;
  year: number;
  offices: string[];
  items: Item[];
  classNames: Record<string, string>;
  economic: { code: string; name: string; amount: number; kind: 'personnel' | 'public' }[];
  sangong: { budget: [number, number, number, number]; final: [number, number, number, number]; previous: number };
  otherIncome: number;
  previousTotal: number;
  previousFiscal: number;
  operating: number;
  operatingPrevious: number;
  procurement: number;
  procurementSme: number;
  vehicles: number;
}

const DEPTS: Dept[] = [
  {
    slug: 'qingshan-agriculture',
    region: '青山县',
    name: '青山县农业农村局',
    short: '县农业农村局',
    parent: '青山市农业农村局',
    year: 2024,
    offices: ['办公室', '计划财务股', '农村经营管理股', '种植业股', '畜牧水产股', '农田建设股'],
    classNames: {
      '208': '社会保障和就业支出',
      '20805': '行政事业单位养老支出',
      '210': '卫生健康支出',
      '21011': '行政事业单位医疗',
      '213': '农林水支出',
      '21301': '农业农村',
      '21305': '巩固脱贫攻坚成果衔接乡村振兴',
      '221': '住房保障支出',
      '22102': '住房改革支出',
    },
    items: [
      { code: '2080505', name: '机关事业单位基本养老保险缴费支出', initial: 8650, adjusted: 9012, basic: 9012, project: 0 },
      { code: '2080506', name: '机关事业单位职业年金缴费支出', initial: 3120, adjusted: 2987, basic: 2987, project: 0 },
      { code: '2101101', name: '行政单位医疗', initial: 4210, adjusted: 4388, basic: 4388, project: 0 },
      { code: '2130101', name: '行政运行', initial: 98540, adjusted: 101236, basic: 101236, project: 0 },
      { code: '2130104', name: '事业运行', initial: 45210, adjusted: 44873, basic: 44873, project: 0 },
      { code: '2130122', name: '农业生产发展', initial: 60000, adjusted: 128765, basic: 0, project: 128765 },
      { code: '2130135', name: '农业资源保护修复与利用', initial: 15000, adjusted: 23450, basic: 0, project: 23450 },
      { code: '2130599', name: '其他巩固脱贫攻坚成果衔接乡村振兴支出', initial: 0, adjusted: 36820, basic: 0, project: 36820 },
      { code: '2210201', name: '住房公积金', initial: 6980, adjusted: 7215, basic: 7215, project: 0 },
    ],
    economic: [
      { code: '30101', name: '基本工资', amount: 42310, kind: 'personnel' },
      { code: '30102', name: '津贴补贴', amount: 38765, kind: 'personnel' },
      { code: '30107', name: '绩效工资', amount: 21230, kind: 'personnel' },
      { code: '30108', name: '机关事业单位基本养老保险缴费', amount: 9012, kind: 'personnel' },
      { code: '30109', name: '职业年金缴费', amount: 2987, kind: 'personnel' },
      { code: '30110', name: '职工基本医疗保险缴费', amount: 4388, kind: 'personnel' },
      { code: '30113', name: '住房公积金', amount: 7215, kind: 'personnel' },
      { code: '30201', name: '办公费', amount: 8120, kind: 'public' },
      { code: '30211', name: '差旅费', amount: 6350, kind: 'public' },
      { code: '30217', name: '公务接待费', amount: 1860, kind: 'public' },
      { code: '30231', name: '公务用车运行维护费', amount: 4620, kind: 'public' },
      { code: '30299', name: '其他商品和服务支出', amount: 22854, kind: 'public' },
    ],
    // 合计 is the sum; order: 因公出国（境）费, 公务用车购置费, 公务用车运行费, 公务接待费
    sangong: { budget: [0, 0, 5500, 2500], final: [0, 0, 4620, 1860], previous: 7150 },
    otherIncome: 1530,
    previousTotal: 312400,
    previousFiscal: 305210,
    operating: 43804,
    operatingPrevious: 45120,
    procurement: 56780,
    procurementSme: 48230,
    vehicles: 2,
  },
];

/** One planted defect: it rewrites a piece of the clean document and says where the defect stands. */
interface Plant {
  rule: string;
  /** Other rules that prove the same defect, and other places where it shows. */
  alsoRules?: string[];
  also?: string[];
  /** Replace the first occurrence of `from` with `to` in the HTML. */
  from: string;
  to: string;
  /** An exact quote of the defect as it reads in the document (≤ 60 characters). */
  quote: string;
  note: string;
}

interface Variant {
  number: string;
  slug: string;
  plants: (d: Dept, c: Computed, html: string) => Plant[];
  title: string;
}

interface Computed {
  classes: { code: string; name: string; initial: number; adjusted: number; basic: number; project: number; level: 1 | 2 }[];
  total: { initial: number; adjusted: number; basic: number; project: number; final: number };
  personnel: number;
  publicUse: number;
  sangongBudget: number;
  sangongFinal: number;
  income: number;
}

function compute(d: Dept): Computed {
  const classes: Computed['classes'] = [];
  const sumOf = (prefix: string): Omit<Item, 'code' | 'name'> => {
    const rows = d.items.filter((i) => i.code.startsWith(prefix));
    return {
      initial: rows.reduce((s, i) => s + i.initial, 0),
      adjusted: rows.reduce((s, i) => s + i.adjusted, 0),
      basic: rows.reduce((s, i) => s + i.basic, 0),
      project: rows.reduce((s, i) => s + i.project, 0),
    };
  };
  for (const code of Object.keys(d.classNames)) {
    classes.push({ code, name: d.classNames[code]!, ...sumOf(code), level: code.length === 3 ? 1 : 2 });
  }
  const all = sumOf('');
  const personnel = d.economic.filter((e) => e.kind === 'personnel').reduce((s, e) => s + e.amount, 0);
  const publicUse = d.economic.filter((e) => e.kind === 'public').reduce((s, e) => s + e.amount, 0);
  if (personnel + publicUse !== all.basic) throw new Error(`economic ${personnel + publicUse} ≠ basic ${all.basic}`);
  const sb = d.sangong.budget.reduce((s, x) => s + x, 0);
  const sf = d.sangong.final.reduce((s, x) => s + x, 0);
  return {
    classes,
    total: { ...all, final: all.basic + all.project },
    personnel,
    publicUse,
    sangongBudget: sb,
    sangongFinal: sf,
    income: all.basic + all.project + d.otherIncome,
  };
}

const STYLE = `body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:11pt;line-height:1.5}
h1{font-size:18pt;text-align:center}h2{font-size:14pt}h3{font-size:12pt}
table{border-collapse:collapse;width:100%;font-size:9pt;margin:6pt 0}td,th{border:1px solid #000;padding:2pt 4pt}
td.n{text-align:right}p.unit{text-align:right;font-size:9pt;margin:0}p{text-indent:2em;margin:3pt 0}`;

/** A table with explicit column widths (percent), so that LibreOffice does not wrap the amounts. */
function table(caption: string, head: string, rows: string[], widths: number[]): string {
  const cols = widths.map((x) => `<col width="${x}%">`).join('');
  return `<h3>${caption}</h3><p class="unit">单位：万元</p><table width="100%">${cols}${head}${rows.join('')}</table>`;
}
const n = (x: number): string => `<td class="n" nowrap align="right">${w(x)}</td>`;

function document(d: Dept, c: Computed): string {
  const t = c.total;
  const fin = (i: { basic: number; project: number }): number => i.basic + i.project;
  const y = d.year;
  const expenseRows = [...c.classes, ...d.items.map((i) => ({ ...i, level: 3 as const }))].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const codeRows = (cols: (r: (typeof expenseRows)[number]) => string): string[] =>
    expenseRows.map((r) => `<tr><td>${r.code}</td><td>${r.name}</td>${cols(r)}</tr>`);
  const classOnly = c.classes.filter((k) => k.level === 1);
  const funcNo: Record<string, string> = { '208': '八', '210': '十', '213': '十三', '221': '十九' };
  const [abroad, buy, run, reception] = d.sangong.final;
  const [bAbroad, bBuy, bRun, bReception] = d.sangong.budget;
  const fiscalGrowth = c.total.final - d.previousFiscal;
  const totalGrowth = c.income - d.previousTotal;
  const items = d.items.filter((i) => fin(i) !== 0);
  const overview = `<h2>第一部分 ${d.name}概况</h2>
<h3>一、主要职责</h3><p>${d.name}是县人民政府工作部门，主要负责贯彻执行农业农村工作的方针政策和法律法规，统筹研究和组织实施“三农”工作的发展规划，指导农业综合执法、农田建设、种植业、畜牧业和渔业发展，负责农产品质量安全监督管理和农业资源保护利用。</p>
<h3>二、机构设置</h3><p>${d.short}内设机构${d.offices.length}个，分别为：${d.offices.join('、')}。下属事业单位1个，为青山县农业技术推广中心。纳入${y}年度部门决算编制范围的单位共2个。</p>`;
  const tables = `<h2>第二部分 ${y}年度部门决算表</h2>
${table(
  `一、收入支出决算总表`,
  `<tr><th>收入</th><th>决算数</th><th>支出</th><th>决算数</th></tr>`,
  [
    `<tr><td>一、一般公共预算财政拨款收入</td>${n(t.final)}<td>${funcNo['208']}、社会保障和就业支出</td>${n(fin(c.classes.find((k) => k.code === '208')!))}</tr>`,
    `<tr><td>二、政府性基金预算财政拨款收入</td>${n(0)}<td>${funcNo['210']}、卫生健康支出</td>${n(fin(c.classes.find((k) => k.code === '210')!))}</tr>`,
    `<tr><td>三、国有资本经营预算财政拨款收入</td>${n(0)}<td>${funcNo['213']}、农林水支出</td>${n(fin(c.classes.find((k) => k.code === '213')!) + d.otherIncome)}</tr>`,
    `<tr><td>六、其他收入</td>${n(d.otherIncome)}<td>${funcNo['221']}、住房保障支出</td>${n(fin(c.classes.find((k) => k.code === '221')!))}</tr>`,
    `<tr><td>本年收入合计</td>${n(c.income)}<td>本年支出合计</td>${n(c.income)}</tr>`,
  ],
  [34, 16, 34, 16],
)}
${table(
  `二、收入决算表`,
  `<tr><th>科目编码</th><th>科目名称</th><th>本年收入合计</th><th>财政拨款收入</th><th>其他收入</th></tr>`,
  [
    `<tr><td></td><td>合计</td>${n(c.income)}${n(t.final)}${n(d.otherIncome)}</tr>`,
    ...classOnly.map((k) => `<tr><td>${k.code}</td><td>${k.name}</td>${n(fin(k) + (k.code === '213' ? d.otherIncome : 0))}${n(fin(k))}${n(k.code === '213' ? d.otherIncome : 0)}</tr>`),
  ],
  [10, 36, 18, 18, 18],
)}
${table(
  `三、支出决算表`,
  `<tr><th>科目编码</th><th>科目名称</th><th>本年支出合计</th><th>基本支出</th><th>项目支出</th></tr>`,
  [
    `<tr><td></td><td>合计</td>${n(c.income)}${n(t.basic + d.otherIncome)}${n(t.project)}</tr>`,
    ...classOnly.map((k) => `<tr><td>${k.code}</td><td>${k.name}</td>${n(fin(k) + (k.code === '213' ? d.otherIncome : 0))}${n(k.basic + (k.code === '213' ? d.otherIncome : 0))}${n(k.project)}</tr>`),
  ],
  [10, 36, 18, 18, 18],
)}
${table(
  `四、财政拨款收入支出决算总表`,
  `<tr><th>收入</th><th>决算数</th><th>支出</th><th>决算数</th></tr>`,
  [
    `<tr><td>一、一般公共预算财政拨款</td>${n(t.final)}<td>一、一般公共预算财政拨款支出</td>${n(t.final)}</tr>`,
    `<tr><td>二、政府性基金预算财政拨款</td>${n(0)}<td>二、政府性基金预算财政拨款支出</td>${n(0)}</tr>`,
    `<tr><td>三、国有资本经营预算财政拨款</td>${n(0)}<td>三、国有资本经营预算财政拨款支出</td>${n(0)}</tr>`,
    `<tr><td>收入总计</td>${n(t.final)}<td>支出总计</td>${n(t.final)}</tr>`,
  ],
  [30, 16, 38, 16],
)}
${table(
  `五、一般公共预算财政拨款支出决算表`,
  `<tr><th rowspan="2">科目编码</th><th rowspan="2">科目名称</th><th rowspan="2">年初预算数</th><th rowspan="2">全年预算数</th><th colspan="3">决算数</th></tr><tr><th>合计</th><th>基本支出</th><th>项目支出</th></tr>`,
  [
    `<tr><td colspan="2">合计</td>${n(t.initial)}${n(t.adjusted)}${n(t.final)}${n(t.basic)}${n(t.project)}</tr>`,
    ...codeRows((r) => `${n(r.initial)}${n(r.adjusted)}${n(fin(r))}${n(r.basic)}${n(r.project)}`),
  ],
  [9, 27, 12, 12, 14, 13, 13],
)}
${table(
  `六、一般公共预算财政拨款基本支出决算表`,
  `<tr><th>科目编码</th><th>科目名称</th><th>决算数</th></tr>`,
  [
    `<tr><td colspan="2">基本支出合计</td>${n(t.basic)}</tr>`,
    ...d.economic.map((e) => `<tr><td>${e.code}</td><td>${e.name}</td>${n(e.amount)}</tr>`),
    `<tr><td colspan="2">人员经费合计</td>${n(c.personnel)}</tr>`,
    `<tr><td colspan="2">公用经费合计</td>${n(c.publicUse)}</tr>`,
  ],
  [12, 58, 30],
)}
${table(
  `七、财政拨款“三公”经费支出决算表`,
  `<tr><th>项目</th><th>预算数</th><th>决算数</th></tr>`,
  [
    `<tr><td>合计</td>${n(c.sangongBudget)}${n(c.sangongFinal)}</tr>`,
    `<tr><td>1.因公出国（境）费</td>${n(bAbroad)}${n(abroad)}</tr>`,
    `<tr><td>2.公务用车购置及运行费</td>${n(bBuy + bRun)}${n(buy + run)}</tr>`,
    `<tr><td>（1）公务用车购置费</td>${n(bBuy)}${n(buy)}</tr>`,
    `<tr><td>（2）公务用车运行费</td>${n(bRun)}${n(run)}</tr>`,
    `<tr><td>3.公务接待费</td>${n(bReception)}${n(reception)}</tr>`,
  ],
  [52, 24, 24],
)}
<h3>八、政府性基金预算财政拨款收入支出决算表</h3><p class="unit">单位：万元</p><table><tr><th>科目编码</th><th>科目名称</th><th>本年收入</th><th>本年支出</th></tr><tr><td colspan="4">本单位${y}年度无政府性基金预算财政拨款收入支出，本表为空表。</td></tr></table>
<h3>九、国有资本经营预算财政拨款支出决算表</h3><p class="unit">单位：万元</p><table><tr><th>科目编码</th><th>科目名称</th><th>本年支出</th></tr><tr><td colspan="3">本单位${y}年度无国有资本经营预算财政拨款支出，本表为空表。</td></tr></table>`;
  const itemSentences = items
    .map((i, k) => {
      const cls = c.classes.find((x) => x.level === 1 && i.code.startsWith(x.code))!;
      const kuan = c.classes.find((x) => x.level === 2 && i.code.startsWith(x.code))!;
      const f = fin(i);
      const dir = f > i.initial ? '大于' : f < i.initial ? '小于' : '等于';
      const why = f > i.initial ? '年中追加了预算' : f < i.initial ? '人员变动，支出减少' : '按预算执行';
      const rate = i.initial === 0 ? '' : `，完成年初预算的${pct(f, i.initial)}%`;
      const reason = i.initial === 0 ? `。年初未安排预算，全年支出为年中追加` : `。决算数${dir}年初预算数的主要原因是${why}`;
      return `<p>${k + 1}.${cls.name}（类）${kuan.name}（款）${i.name}（项）：年初预算为${w(i.initial)}万元，支出决算为${w(f)}万元${rate}${reason}。</p>`;
    })
    .join('\n');
  const sangongRate = pct(c.sangongFinal, c.sangongBudget);
  const explanation = `<h2>第三部分 ${y}年度部门决算情况说明</h2>
<h3>一、收入支出决算总体情况说明</h3><p>${y}年度收、支总计均为${w(c.income)}万元。与${y - 1}年相比，收、支总计各增加${w(totalGrowth)}万元，增长${pct(totalGrowth, d.previousTotal)}%。主要变动原因是农业生产发展项目资金增加。</p>
<h3>二、收入决算情况说明</h3><p>${y}年本年收入合计${w(c.income)}万元，其中：一般公共预算财政拨款收入${w(t.final)}万元，占${pct(t.final, c.income)}%；其他收入${w(d.otherIncome)}万元，占${pct(d.otherIncome, c.income)}%。</p>
<h3>三、支出决算情况说明</h3><p>${y}年本年支出合计${w(c.income)}万元，其中：基本支出${w(t.basic + d.otherIncome)}万元，占${pct(t.basic + d.otherIncome, c.income)}%；项目支出${w(t.project)}万元，占${pct(t.project, c.income)}%。</p>
<h3>四、财政拨款收入支出决算总体情况说明</h3><p>${y}年度财政拨款收、支总计均为${w(t.final)}万元。与${y - 1}年相比，财政拨款收、支总计各增加${w(fiscalGrowth)}万元，增长${pct(fiscalGrowth, d.previousFiscal)}%。主要变动原因是农业生产发展和乡村振兴项目支出增加。</p>
<h3>五、一般公共预算财政拨款支出决算情况说明</h3>
<p>（一）一般公共预算财政拨款支出决算总体情况</p><p>${y}年度一般公共预算财政拨款支出${w(t.final)}万元，占本年支出合计的${pct(t.final, c.income)}%。与${y - 1}年相比，一般公共预算财政拨款支出增加${w(fiscalGrowth)}万元，增长${pct(fiscalGrowth, d.previousFiscal)}%。</p>
<p>（二）一般公共预算财政拨款支出决算结构情况</p><p>${y}年度一般公共预算财政拨款支出${w(t.final)}万元，主要用于以下方面：${classOnly.map((k) => `${k.name}${w(fin(k))}万元，占${pct(fin(k), t.final)}%`).join('；')}。</p>
<p>（三）一般公共预算财政拨款支出决算具体情况</p><p>${y}年度一般公共预算财政拨款支出年初预算为${w(t.initial)}万元，支出决算为${w(t.final)}万元，完成年初预算的${pct(t.final, t.initial)}%。其中：</p>
${itemSentences}
<h3>六、一般公共预算财政拨款基本支出决算情况说明</h3><p>${y}年度一般公共预算财政拨款基本支出${w(t.basic)}万元，其中：人员经费${w(c.personnel)}万元，主要包括基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金；公用经费${w(c.publicUse)}万元，主要包括办公费、差旅费、公务接待费、公务用车运行维护费、其他商品和服务支出。</p>
<h3>七、财政拨款“三公”经费支出决算情况说明</h3><p>（一）“三公”经费财政拨款支出决算总体情况说明</p><p>${y}年度“三公”经费财政拨款支出预算为${w(c.sangongBudget)}万元，支出决算为${w(c.sangongFinal)}万元，完成预算的${sangongRate}%。决算数小于预算数的主要原因是厉行节约，严格控制“三公”经费支出。与${y - 1}年相比，“三公”经费支出减少${w(d.sangong.previous - c.sangongFinal)}万元，下降${pct(d.sangong.previous - c.sangongFinal, d.sangong.previous)}%。</p>
<p>（二）“三公”经费财政拨款支出决算具体情况说明</p><p>${y}年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算${w(abroad)}万元，占0%；公务用车购置及运行维护费支出决算${w(buy + run)}万元，占${pct(buy + run, c.sangongFinal)}%；公务接待费支出决算${w(reception)}万元，占${pct(reception, c.sangongFinal)}%。其中：公务用车购置费${w(buy)}万元，公务用车运行维护费${w(run)}万元，主要用于${d.vehicles}辆公务用车的燃料费、维修费、过路过桥费、保险费等支出；国内公务接待费${w(reception)}万元，共接待28批次、186人次。</p>
<h3>八、政府性基金预算支出决算情况说明</h3><p>本单位${y}年度无政府性基金预算财政拨款支出。</p>
<h3>九、国有资本经营预算支出决算情况说明</h3><p>本单位${y}年度无国有资本经营预算财政拨款支出。</p>
<h3>十、其他重要事项的情况说明</h3>
<p>（一）机关运行经费支出情况</p><p>${y}年度${d.short}机关运行经费支出${w(d.operating)}万元，比上年减少${w(d.operatingPrevious - d.operating)}万元，下降${pct(d.operatingPrevious - d.operating, d.operatingPrevious)}%。主要原因是压减一般性支出。</p>
<p>（二）政府采购支出情况</p><p>${y}年度政府采购支出总额${w(d.procurement)}万元，其中：授予中小企业合同金额${w(d.procurementSme)}万元，占政府采购支出总额的${pct(d.procurementSme, d.procurement)}%。</p>
<p>（三）国有资产占用情况</p><p>截至${y}年12月31日，${d.short}共有车辆${d.vehicles}辆，其中一般公务用车${d.vehicles}辆；单价100万元（含）以上设备0台（套）。</p>
<p>（四）预算绩效管理情况</p><p>根据预算绩效管理要求，本部门在${y}年度预算执行中对3个项目开展了绩效自评，涉及资金${w(t.project)}万元，占一般公共预算项目支出总额的100%。</p>`;
  const glossary = `<h2>第四部分 名词解释</h2><p>1.财政拨款收入：指单位从同级财政部门取得的财政预算资金。</p><p>2.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。</p><p>3.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。</p><p>4.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。</p><p>5.机关运行经费：为保障行政单位运行用于购买货物和服务的各项资金。</p>`;
  const contents = `<p>目录</p><p>第一部分 ${d.name}概况</p><p>第二部分 ${y}年度部门决算表</p><p>第三部分 ${y}年度部门决算情况说明</p><p>第四部分 名词解释</p>`;
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${d.name}${y}年度部门决算</title><style>${STYLE}</style></head><body>
<h1>${d.name}${y}年度部门决算</h1>
${contents}
${overview}
${tables}
${explanation}
${glossary}
</body></html>`;
}

// The planted defects. Each `from` must occur in the clean HTML; the quote is how the defect reads in the PDF text.
const VARIANTS: Variant[] = [
  { number: '200', slug: 'clean', title: '（无错）', plants: () => [] },
  {
    number: '201',
    slug: 'prose-vs-tables',
    title: '（正文与表格不符）',
    plants: (d, c) => {
      const t = c.total;
      const agri = c.classes.find((k) => k.code === '213')!;
      const agriFinal = agri.basic + agri.project;
      const item = d.items.find((i) => i.code === '2130104')!;
      return [
        {
          rule: 'table-text-mismatch',
          from: `农林水支出${w(agriFinal)}万元，占`,
          to: `农林水支出${w(agriFinal + 1000)}万元，占`,
          quote: `农林水支出${w(agriFinal + 1000)}万元`,
          note: `表五 213 农林水支出 决算合计 ${w(agriFinal)}; the text says ${w(agriFinal + 1000)}`,
        },
        {
          rule: 'table-text-mismatch',
          from: `基本支出${w(t.basic)}万元，其中：人员经费`,
          to: `基本支出${w(t.basic - 250)}万元，其中：人员经费`,
          quote: `基本支出${w(t.basic - 250)}万元`,
          alsoRules: ['sum-mismatch'],
          note: `表六 基本支出合计 ${w(t.basic)}; the text says ${w(t.basic - 250)} (and its own 人员经费 + 公用经费 make ${w(t.basic)})`,
        },
        {
          rule: 'direction-mismatch',
          from: `支出决算为${w(item.basic + item.project)}万元，完成年初预算的${pct(item.basic + item.project, item.initial)}%。决算数小于年初预算数`,
          to: `支出决算为${w(item.basic + item.project)}万元，完成年初预算的${pct(item.basic + item.project, item.initial)}%。决算数大于年初预算数`,
          quote: '决算数大于年初预算数的主要原因是人员变动',
          note: `事业运行: 决算 ${w(item.basic + item.project)} < 年初预算 ${w(item.initial)}, yet the text says 大于`,
        },
        {
          rule: 'date-out-of-period',
          from: `截至${d.year}年12月31日`,
          to: `截至${d.year - 1}年12月31日`,
          quote: `截至${d.year - 1}年12月31日`,
          note: 'the asset position of the disclosure year is dated at the end of the previous year',
        },
      ];
    },
  },
  {
    number: '202',
    slug: 'residue-and-names',
    title: '（模板残留与单位名称）',
    plants: (d, c) => {
      const fiscalGrowth = c.total.final - d.previousFiscal;
      return [
        {
          rule: 'template-residue',
          from: `财政拨款收、支总计各增加${w(fiscalGrowth)}万元，增长`,
          to: `财政拨款收、支总计各增加${w(fiscalGrowth)}万元，增长（下降）`,
          quote: '增长（下降）',
          note: 'the template alternative 增长（下降） left in the text',
        },
        {
          rule: 'unit',
          from: `占本年支出合计的${pct(c.total.final, c.income)}%`,
          to: `占本年支出合计的${pct(c.total.final, c.income)}`,
          quote: `占本年支出合计的${pct(c.total.final, c.income)}`,
          note: 'a share written without its unit (%)',
        },
        {
          rule: 'entity-name',
          from: `${d.year}年度${d.short}机关运行经费支出`,
          to: `${d.year}年度${d.parent}机关运行经费支出`,
          quote: `${d.year}年度${d.parent}机关运行经费支出`,
          note: `the 机关运行经费 sentence names ${d.parent} (the city bureau), not ${d.name}: copied from the higher level's disclosure`,
        },
        {
          rule: 'direction-mismatch',
          from: '决算数小于预算数的主要原因是厉行节约',
          to: '决算数等于预算数的主要原因是厉行节约',
          quote: '决算数等于预算数',
          note: `三公: 决算 ${w(c.sangongFinal)} ≠ 预算 ${w(c.sangongBudget)}, yet the text says 等于`,
        },
      ];
    },
  },
  {
    number: '203',
    slug: 'table-sums',
    title: '（表内合计不符）',
    plants: (d, c) => {
      const item = d.items.find((i) => i.code === '2130122')!;
      const f = item.basic + item.project;
      const [, , run] = d.sangong.final;
      return [
        {
          rule: 'sum-mismatch',
          from: `<tr><td>2130122</td><td>农业生产发展</td>${n(item.initial)}${n(item.adjusted)}${n(f)}${n(item.basic)}${n(item.project)}</tr>`,
          to: `<tr><td>2130122</td><td>农业生产发展</td>${n(item.initial)}${n(item.adjusted)}${n(f)}${n(item.basic)}${n(item.project - 500)}</tr>`,
          quote: w(item.project - 500),
          note: `row 2130122: 决算合计 ${w(f)} ≠ 基本 0 + 项目 ${w(item.project - 500)}; and the 21301 / 213 project totals no longer add up`,
        },
        {
          rule: 'sum-mismatch',
          from: `<tr><td>（2）公务用车运行费</td>${n(d.sangong.budget[2])}${n(run)}</tr>`,
          to: `<tr><td>（2）公务用车运行费</td>${n(d.sangong.budget[2])}${n(run + 300)}</tr>`,
          quote: w(run + 300),
          note: `三公 table: 公务用车购置及运行费 ${w(run)} ≠ 购置 0 + 运行 ${w(run + 300)}`,
        },
        {
          rule: 'percent-mismatch',
          from: `各增加${w(c.income - d.previousTotal)}万元，增长${pct(c.income - d.previousTotal, d.previousTotal)}%`,
          to: `各增加${w(c.income - d.previousTotal)}万元，增长${pct(c.income - d.previousTotal, c.income)}%`,
          quote: `增长${pct(c.income - d.previousTotal, c.income)}%`,
          note: `the rate is the increase over this year's total (${w(c.income)}), not over last year's (${w(d.previousTotal)})`,
        },
      ];
    },
  },
  {
    number: '204',
    slug: 'missing-table',
    title: '（缺表）',
    plants: (d, c, html) => {
      const from = html.indexOf('<h3>七、财政拨款“三公”经费支出决算表</h3>');
      const to = html.indexOf('</table>', from) + '</table>'.length;
      const k = c.classes.find((x) => x.code === '21301')!;
      const f = k.basic + k.project;
      return [
        {
          rule: 'outline',
          from: html.slice(from, to),
          to: '',
          quote: `${d.name}${d.year}年度部门决算`,
          alsoRules: ['numbering'],
          also: ['六、一般公共预算财政拨款基本支出决算表', '八、政府性基金预算财政拨款收入支出决算表'],
          note: 'the 财政拨款“三公”经费支出决算表 of the national outline is missing (its 情况说明 is there); the table numbers skip from 六、 to 八、',
        },
        {
          rule: 'sum-mismatch',
          from: `<tr><td>21301</td><td>农业农村</td>${n(k.initial)}${n(k.adjusted)}${n(f)}`,
          to: `<tr><td>21301</td><td>农业农村</td>${n(k.initial)}${n(k.adjusted)}${n(f + 10000)}`,
          quote: w(f + 10000),
          note: `款 21301 决算合计 ${w(f + 10000)} while its 项 add up to ${w(f)} (and 基本 + 项目 = ${w(f)})`,
        },
      ];
    },
  },
];

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const tmp = join(OUT, '.tmp');
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const d of DEPTS) {
    const c = compute(d);
    const clean = document(d, c);
    for (const v of VARIANTS) {
      let html = clean;
      const plants = v.plants(d, c, clean);
      for (const p of plants) {
        if (!html.includes(p.from)) throw new Error(`${v.slug}: not found: ${p.from}`);
        html = html.replace(p.from, p.to);
      }
      const stem = `${v.number}-${d.slug}-final-${d.year}-${v.slug}`;
      writeFileSync(join(OUT, `${stem}.html`), html);
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, join(OUT, `${stem}.html`)], { stdio: 'ignore', timeout: 120_000 });
      execFileSync('mv', [join(tmp, `${stem}.pdf`), join(OUT, `${stem}.pdf`)]);
      writeFileSync(
        join(OUT, `${stem}.source.json`),
        `${JSON.stringify(
          {
            url: 'file://test/fixtures/audit-pdf/README.md',
            title: `${d.name}${d.year}年度部门决算${v.title}`,
            kind: '部门决算',
            fiscalYear: d.year,
            department: d.name,
            province: '（虚构）',
            excerpt: false,
            note: 'Hand-modelled on the national 部门决算 template as published by county departments (outline, nine tables, 情况说明, 名词解释); written by scripts/make-audit-pdf-fixtures.ts and converted to PDF by LibreOffice. Synthetic: not a real disclosure.',
            retrieved: '2026-12-02',
          },
          null,
          2,
        )}\n`,
      );
      writeFileSync(
        join(OUT, `${stem}.annotations.json`),
        `${JSON.stringify(
          {
            defects: plants.map((p) => ({
              rule: p.rule,
              quote: p.quote,
              ...(p.also ? { also: p.also } : {}),
              ...(p.alsoRules ? { alsoRules: p.alsoRules } : {}),
              note: p.note,
            })),
            clean: [],
            notes: plants.length === 0 ? 'Clean: tables and text agree; must get no error and no warning.' : `Planted: ${plants.map((p) => p.rule).join(', ')}.`,
          },
          null,
          2,
        )}\n`,
      );
      console.log(`written ${stem}.pdf (${plants.length} planted)`);
    }
  }
  rmSync(tmp, { recursive: true, force: true });
}

main();
