/**
 * Loads the annotated corpus in test/fixtures/audit: for each NNN-slug.txt its .source.json sidecar and
 * its .annotations.json. Reports malformed fixtures as a list of problems rather than throwing.
 *
 * The corpus is split by source: `dev/` holds the texts the rules were written and tuned against, `test/`
 * holds texts from other publishers that are only measured (never read to adjust a rule).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnnotationFile, parseAnnotationFile, parseSidecar, type SourceSidecar } from './matching.ts';

/** Development part: texts the rules may be tuned on. */
export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/dev/', import.meta.url));
/** Held-out test part: other publishers, measured only. */
export const TEST_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test/', import.meta.url));
/**
 * Second held-out part (test2/): publishers used by neither dev/ nor test/, annotated before the auditor was
 * run on them. Blind: the evaluation prints only its totals, never its misses or false alarms, so that the
 * rules cannot be tuned on it even by accident.
 */
export const TEST2_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test2/', import.meta.url));
/**
 * Sixth held-out part (test6/, 950–…): publishers used by none of dev/, test/, test2/ … test5/, annotated by an
 * annotator who had not read the rules and never ran the auditor on them. Blind like test2/: totals only.
 */
export const TEST6_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test6/', import.meta.url));
/**
 * Eighth held-out part (test8/, 1300–1324): publishers used by none of dev/, test/, test2/ … test7/, annotated by an
 * annotator who had not read the rules and never ran the auditor on them. Blind like test2/: totals only.
 */
export const TEST8_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test8/', import.meta.url));
/**
 * Ninth held-out part (test9/, 1400–1424): publishers used by none of dev/, test/, test2/ … test8/, annotated by an
 * annotator who had not read the rules and never ran the auditor on them. Blind like test2/: totals only.
 */
export const TEST9_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test9/', import.meta.url));
/**
 * Sixteenth held-out part (test16/, 2400–2419): publishers used by none of dev/, test/, test2/ … test15/, annotated by an
 * annotator who had not read the rules and never ran the auditor on them. Blind like test2/: totals only.
 */
export const TEST16_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test16/', import.meta.url));
/**
 * Nineteenth held-out part (test19/, 2460–2479): twenty stored public pages from twenty publishers (hosts) used by none
 * of dev/, test/, test2/ … test18/ nor listed in the shared hosts-used.txt, found with the pages search and annotated on
 * 2026-12-06 by a helper session (wtext19) that had not read the rules, the auditor or any other held-out part and never
 * ran the auditor on them; nothing planted (budget-execution and audit reports of a district, a city and the nation,
 * contents of 决算/预算 of hospitals, a school, a kindergarten, a federation, an audit bureau and two townships, a 三公
 * note, a project self-evaluation table, university-budget news, town-congress and budget-meeting news; mirrors and a
 * machine-translated copy kept as stored). Blind like test2/: totals only.
 */
export const TEST19_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test19/', import.meta.url));
/**
 * Twentieth held-out part (test20/, 2480–2499): twenty stored public pages from twenty publishers (hosts) used by no
 * other part, found with the pages search and annotated on 2026-12-06 by a helper session (bt20) that had not read the
 * rules, the auditor or any other held-out part and never ran the auditor on them; nothing planted and, as read by the
 * annotator, no defect a rule id covers (95 clean checks): a precision part — every error or warning on it is a false
 * alarm. 11 provinces and national texts, 2011–2024: 决算 contents, government final accounts and budget execution,
 * 三公 and budget news, a statistics bulletin, spam mirrors and traditional-character copies kept as stored.
 * Blind like test2/: totals only.
 */
export const TEST20_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test20/', import.meta.url));
/**
 * Thirty-fifth held-out part (test35/, 2780–2791): twelve invented whole 部门整体支出绩效自评报告 (all seven parts, about
 * 3,000–3,400 characters each) of county bodies and a town in 甘肃, 宁夏 and 吉林, fiscal 2023–2025, written and annotated
 * blind on 2026-12-07 (bt35): 34 planted defects, 242 clean checks, one text without a defect. First measured on the
 * session-start code 06d54302 (lead, 2026-12-07 06:55 UTC): TP 13, FP 2, FN 21 — recall 38.2 %, precision 86.7 %.
 * Blind: totals only.
 */
export const TEST35_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test35/', import.meta.url));
/**
 * Thirty-sixth held-out part (test36/, 2800–2811): twelve invented texts whose defects sit between a table and the prose
 * that describes it, as Word gives them in plain text (cells split by TABs or runs of spaces) — four 项目支出绩效自评表 with
 * their 自评报告, four 部门整体支出绩效自评表 with their reports, four 部门决算 情况说明 with 收入/支出决算表 — of bodies in
 * 山西, 内蒙古, 广西 and 福建, fiscal 2023–2025, written and annotated blind on 2026-12-07 (bt36): 36 planted defects,
 * 131 clean checks, one text without a defect. First measured on the session-start code 06d54302 (lead, 2026-12-07
 * 06:51 UTC): TP 17, FP 3, FN 19 — recall 47.2 %, precision 85.0 %. Blind: totals only.
 */
export const TEST36_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test36/', import.meta.url));
/**
 * Thirty-seventh held-out part (test37/, 2860–2871): twelve invented whole 部门整体支出绩效自评报告 (all seven parts, about
 * 3,000–3,500 characters each) of county bureaus, a hospital, a senior high school and a town in 江西, 贵州, 河北, 安徽, 四川,
 * 湖北, 云南 and 陕西, fiscal 2023–2025, written and annotated blind on 2026-12-07 (bt37): 35 planted defects, 253 clean
 * checks, one text without a defect. First measured on the session-start code 28eb7673 (lead, 2026-12-07 10:18 UTC):
 * TP 16, FP 5, FN 19 — recall 45.7 %, precision 76.2 %. Blind: totals only.
 */
export const TEST37_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test37/', import.meta.url));
/**
 * Thirty-eighth held-out part (test38/, 2900–2911): twelve invented whole 部门整体支出绩效自评报告 (about 2,800 characters
 * each) of a district 城管局, 档案馆 and 残联, a 街道办, county 气象局, 人民医院, 科协, 供销社, 图书馆, 退役军人事务局 and 林草局 and a
 * city 水务局 in 江苏, 上海, 天津, 北京, 海南, 青海, 西藏 and 广东, fiscal 2022–2025, written and annotated blind on 2026-12-07
 * (bt38): 35 planted defects, 256 clean checks, one text without a defect. First measured on the session-start code
 * 28eb7673 (lead, 2026-12-07 10:59 UTC): TP 15, FP 2, FN 20 — recall 42.9 %, precision 88.2 %. Blind: totals only.
 */
export const TEST38_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test38/', import.meta.url));
/**
 * Thirty-ninth held-out part (test39/, 2920–2931): twelve invented whole 部门整体支出绩效自评报告 (about 2,600–2,800
 * characters each) of county bureaus (渔业, 民政, 水利, 教育, 商务, 卫健, 文旅, 农业农村), a town, a street office, an archive
 * and a district 市场监管局 in 福建, 甘肃, 湖北, 四川, 山西, 吉林, 广西 and 江西, fiscal 2022–2025, written and annotated
 * blind on 2026-12-07 (bt39): 28 planted defects, 297 clean checks, three texts without a defect (with look-alikes).
 * Blind: totals only.
 */
export const TEST39_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test39/', import.meta.url));
/**
 * Fortieth held-out part (test40/, 2980–2998): real published pages (stored openings of the search corpus, kept exactly
 * as returned) from publishers (hosts) used by no other part — 三公 news of central departments, 决算/预算 contents,
 * self-evaluation essays and outlines on copying sites, subsidy news and notices, an audit result — annotated blind on
 * 2026-12-07 (rt40) without reading the rules or running the auditor: 19 texts, 5 defects, 87 clean checks, 15 texts
 * without a defect.
 * Blind: totals only.
 */
export const TEST40_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test40/', import.meta.url));
/**
 * Forty-first held-out part (test41/, 3020–3031): twelve invented whole 部门整体支出绩效自评报告 (about 3,000–4,200
 * characters each) of county and city bodies and 事业单位 in 河北, 浙江, 湖南, 广西, 宁夏, 黑龙江, 江苏, 重庆, 云南, 山东, 福建
 * and 新疆, fiscal 2022–2025, written and annotated blind on 2026-12-07 (bt41): 36 planted defects, 272 clean checks,
 * two texts without a defect (with look-alikes).
 * Blind: totals only.
 */
export const TEST41_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test41/', import.meta.url));
/**
 * Forty-second held-out part (test42/, 3062–3073): twelve invented texts — five whole 部门整体支出绩效自评报告, four
 * 项目支出绩效自评报告 each with its 自评表 as Word gives it in plain text, three 部门决算 情况说明 with small tables —
 * fiscal 2022–2025, written and annotated blind on 2026-12-07 (bt42): 37 planted defects over all fifteen rule ids,
 * 162 clean checks, one text without a defect. First measured on the session-start code 86b2f2fd (lead, 2026-12-07
 * 20:26 UTC): TP 20, FP 6, FN 17 — recall 54.1 %, precision 76.9 %.
 * Blind: totals only.
 */
export const TEST42_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test42/', import.meta.url));
/**
 * Forty-third held-out part (test43/, 3086–3097): twelve invented texts — five whole 部门整体支出绩效自评报告, four
 * 项目支出绩效自评报告 each with its 自评表 flattened as text (TABs, runs of spaces, |), three 部门决算 情况说明 with small tables —
 * fiscal 2022–2025, written and annotated blind on 2026-12-07 (bt43): 31 planted defects over all fifteen rule ids,
 * 186 clean checks, two texts without a defect.
 * Blind: totals only.
 */
export const TEST43_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit/test43/', import.meta.url));
/** Whole 部门决算 PDFs written by hand with planted defects (scripts/make-audit-pdf-fixtures.ts). */
export const PDF_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf/', import.meta.url));
/**
 * Held-out whole 部门决算 PDFs (audit-pdf-test/, 400–…): invented departments written by hand by a writer who had
 * not read the rules, the auditor or the other PDF fixtures, annotated before the auditor was run on them.
 * Blind like test2/: totals only.
 */
export const PDF_TEST_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test/', import.meta.url));
/**
 * Second held-out part of whole 部门决算 PDFs (audit-pdf-test2/, 500–…): other invented departments and layouts,
 * written by a writer who had not read the rules and annotated before the auditor was run on them. Blind: totals only.
 */
export const PDF_TEST2_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test2/', import.meta.url));
/**
 * Third held-out part of whole 部门决算 PDFs (audit-pdf-test3/, 540–…): invented departments, towns and 群团 bodies in
 * other layouts, written by a writer who had not read the rules, the auditor or the other held-out parts, and annotated
 * before the auditor was run on them. Blind: totals only.
 */
export const PDF_TEST3_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test3/', import.meta.url));
/**
 * Fourth held-out part of whole 部门决算 PDFs (audit-pdf-test4/, 560–…): invented departments of kinds not used before,
 * written as a finance office would (flat ODF text documents and Word round trips converted by LibreOffice, one HTML
 * printed by Chromium) by a writer who had not read the rules, the auditor or the other held-out parts, annotated
 * without the auditor ever being run on them. Blind: totals only.
 */
export const PDF_TEST4_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test4/', import.meta.url));
/**
 * Fifth held-out part of whole 部门决算 PDFs (audit-pdf-test5/, 580–…): invented departments, towns and 群团 bodies
 * printed by Chromium, converted from .docx by LibreOffice or drawn with ReportLab, written by a writer who had not read
 * the rules, the auditor or the other held-out parts, annotated without the auditor ever being run on them. Blind:
 * totals only.
 */
export const PDF_TEST5_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test5/', import.meta.url));
/**
 * Sixth held-out part of whole 部门决算 PDFs (audit-pdf-test6/, 590–596): invented county bodies and a town written from
 * integer amounts by a writer who had not read the rules, the auditor or the other held-out parts, produced by Word tables
 * through LibreOffice, HTML through Chromium, a Calc workbook (one table per sheet) and ReportLab pages turned by
 * /Rotate 90; annotated without the auditor ever being run on them. Blind: totals only.
 */
export const PDF_TEST6_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test6/', import.meta.url));
/**
 * Eighth held-out part of whole 部门决算 PDFs (audit-pdf-test8/, 610–616): invented county bodies written from integer
 * amounts by a writer who had not read the rules, the auditor or the other held-out parts, produced by HTML through
 * Chromium, Word tables through LibreOffice, Calc workbooks (one table per sheet) and ReportLab; annotated without the
 * auditor ever being run on them. Blind: totals only.
 */
export const PDF_TEST8_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test8/', import.meta.url));
/**
 * Ninth held-out part of whole 部门决算 PDFs (audit-pdf-test9/, 620–626): invented county bodies written from integer 分
 * by a writer who had not read the rules, the auditor or the other held-out parts, produced by HTML through Chromium,
 * python-docx through LibreOffice Writer, openpyxl workbooks through LibreOffice Calc and ReportLab; annotated without
 * the auditor ever being run on them. Blind: totals only.
 */
export const PDF_TEST9_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test9/', import.meta.url));
/**
 * Tenth held-out part of whole 部门决算 PDFs (audit-pdf-test10/, 630–636): invented county bodies written from integer 分
 * by a writer who had not read the rules, the auditor or the other held-out parts, produced by HTML through Chromium,
 * python-docx through LibreOffice Writer, openpyxl workbooks through LibreOffice Calc and ReportLab, several with tables
 * split over pages without repeated headers; annotated without the auditor ever being run on them. Blind: totals only.
 */
export const PDF_TEST10_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test10/', import.meta.url));
/**
 * Eleventh held-out part of whole 部门决算 PDFs (audit-pdf-test11/, 640–647): invented bodies (a town, a 街道, an
 * education bureau with fourteen units, a health commission, a natural-resources bureau …) written from integer 分 by a
 * writer who had not read the rules, the auditor or the other held-out parts, produced by HTML through Chromium (wide
 * tables on landscape pages), HTML → .docx through LibreOffice Writer and openpyxl workbooks through LibreOffice Calc
 * (tables in 元 beside prose in 万元, wrapped labels, two-line headers, tables broken over pages); annotated without the
 * auditor ever being run on them. Blind: totals only.
 */
export const PDF_TEST11_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test11/', import.meta.url));
/**
 * Thirteenth held-out part of whole 部门决算 PDFs (audit-pdf-test13/, 660–667): eight invented bodies of different kinds
 * (a township, a county bureau, a middle school and a county hospital with 事业收入, a city-level bureau, a 科协, a
 * 街道) of fiscal 2023 and 2024, written from integer amounts by a writer who had not read the rules, the auditor or the
 * other held-out parts, printed from HTML by Chromium (ruled or open tables, 类|款|项 split or joined, landscape pages,
 * 续表, three orders of the parts); annotated without the auditor ever being run on them. Blind: totals only.
 */
export const PDF_TEST13_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test13/', import.meta.url));
/**
 * Fourteenth held-out part of whole 部门决算 PDFs (audit-pdf-test14/, 670–677): eight invented county and district
 * departments of fiscal 2023 and 2024 written from integer amounts by a writer who had not read the rules, the auditor or
 * the other held-out parts (generator make.py beside them), printed from HTML by Chromium (cover pages, 目录, tables in
 * 万元 or in 元 whole or with .00, landscape pages, tables broken over pages with repeated headers); annotated without the
 * auditor ever being run on them. Blind: totals only.
 */
export const PDF_TEST14_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test14/', import.meta.url));
/**
 * Seventeenth held-out part of whole 部门决算 PDFs (audit-pdf-test17/, 700–707): eight invented county and district
 * bodies of fiscal 2024 (bureaus and 事业单位) written from integer 分 by a writer who had not read the rules, the auditor or
 * the other held-out parts (generator make-test17.py beside them), printed from HTML by LibreOffice Writer (tables in
 * 万元, in 元 with or without thousands separators and .00, codes in one cell or in 类|款|项 columns, ruled or open tables,
 * landscape documents, cover pages and 目录, running heads and page numbers, an omitted table); annotated without the
 * auditor ever being run on them. Blind: totals only.
 */
export const PDF_TEST17_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test17/', import.meta.url));
/**
 * Eighteenth held-out part of whole 部门决算 PDFs (audit-pdf-test18/, 710–717): eight invented bodies of different levels
 * (a 乡 government with 政府性基金, a 街道办事处, a county 教育局 with twenty-two schools and units, a city-level 生态环境局, a
 * 检验检测 事业单位 with 事业收入 and 经营收入, a 妇联, a 人民检察院, a 卫生健康局 with its hospitals) of fiscal 2024 and 2025,
 * written from integer 分 by a writer who had not read the rules, the auditor or the other held-out parts (generator
 * make-test18.py beside them), printed from HTML by Chromium (merged header cells, 类|款|项 split or joined, 万元 or 元,
 * landscape pages, long tables with or without repeated headers, two tables on one page, 目录 in some); annotated without
 * the auditor ever being run on them. Blind: totals only.
 */
export const PDF_TEST18_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test18/', import.meta.url));
/**
 * Nineteenth held-out part of whole 部门决算 PDFs (audit-pdf-test19/, 720–727): eight invented county and district bodies
 * (民政局, 林业和草原局, 退役军人事务局, 自然资源局, 统计局, 档案馆, 水利局, 城市管理局) of fiscal 2024 and 2025, written from integer 元
 * by a writer who had not read the rules, the auditor or the other held-out parts (generator scripts/make_test19.py
 * beside them) and assembled like real ones: the narrative printed from Writer, the nine 决算表 printed from an Excel
 * workbook by Calc (one sheet per table, landscape, fit to width, repeated header rows, merged headers, 单位 in a cell,
 * 类|款|项 columns or one code column, 万元 or 元), joined with pdfunite; annotated without the auditor ever being run on
 * them. Blind: totals only.
 */
export const PDF_TEST19_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test19/', import.meta.url));
/**
 * Twentieth held-out part of whole 部门决算 PDFs (audit-pdf-test20/, 730–737): eight invented larger bodies (city-level
 * bureaus of 交通运输, 卫生健康, 生态环境, 住房和城乡建设; a county 农业农村局, 水利局 and 公安局; a district 教育局) of fiscal
 * 2024 and 2025 whose 功能分类 tables run to 41–58 rows over several landscape pages, written from integer amounts by a
 * writer who had not read the rules, the auditor or the other held-out parts (generator make_test20.py beside them),
 * printed from HTML by Chromium (headers repeated on every page, 续表N or 表名（续） captions on some, running heads and
 * page numbers in the page margins, a 目录 with dotted leaders, 元 or 万元); annotated without the auditor ever being run
 * on them. Blind: totals only.
 */
export const PDF_TEST20_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test20/', import.meta.url));
/**
 * Twenty-first held-out part of whole 部门决算 PDFs (audit-pdf-test21/, 760–767): eight invented county and district bodies
 * (统计局, 住房和城乡建设局, 退役军人事务局, 林业和草原局, 司法局, 市场监督管理局, 档案馆, 水利局) of fiscal 2024 and 2025, written from
 * integer amounts by a writer who had not read the rules, the auditor or the other held-out parts (generator make-test21.py
 * beside them) as flat ODF text documents and printed by LibreOffice Writer: landscape pages for the wide tables, tables
 * running over pages with their header rows repeated, 类|款|项 columns, 元 tables beside 万元 tables, 第 X 页 共 Y 页 footers;
 * annotated without the auditor ever being run on them. Blind: totals only.
 */
export const PDF_TEST21_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test21/', import.meta.url));
/**
 * Twenty-second held-out part of whole 部门决算 PDFs (audit-pdf-test22/, 770–777): eight invented county bodies (two
 * schools, two hospitals, bureaus of 自然资源, 应急管理, 人力资源和社会保障 and an 档案馆) of fiscal 2024 and 2025,
 * written from integer amounts by a writer who had not read the rules, the auditor or the other held-out parts
 * (generator make-test22.py beside them), printed from HTML by Chromium in the style of a provincial unified disclosure
 * platform export (a cover and a 目录 with dotted leaders, every table on its own landscape page headed by the platform,
 * 公开NN表, the department, the year and 单位：万元; 项目/行次/金额 with 栏次 numbers, 功能分类科目编码 and 科目名称 in two
 * columns, 注：本表无数据 under empty tables; the 情况说明 in a serif font); annotated without the auditor ever being run
 * on them. Blind: totals only.
 */
export const PDF_TEST22_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test22/', import.meta.url));
/**
 * Twenty-fourth held-out part of whole 部门决算 PDFs (audit-pdf-test24/, 790–797): eight invented county bodies (a 民政局,
 * an 审计局, a 妇幼保健院 with 事业收入, an 实验小学, a 街道办事处, a 气象局, a 退役军人事务局, a 医疗保障局) of fiscal 2024
 * and 2025, written from integer hundredths of 万元 by a writer who had not read the rules, the auditor or the other
 * held-out parts (generator make-test24.py and the HTML beside them) and printed from HTML by wkhtmltopdf 0.12.6 (Qt
 * WebKit, unpatched Qt: no page footers): cover, 目录, 部门概况, nine tables each on its own portrait A4 page under
 * 公开NN表 / 编制单位 / 单位：万元 with thousands separators, 类|款|项 as one 科目编码 column with indented names, empty
 * tables with 注：…本表无数据, a 13-section 情况说明 and 名词解释; Noto CJK glyphs mapped in the text layer to Kangxi and
 * CJK-radical code points (⼀ ⼊ ⽀ ⻓ for 一 入 支 长); annotated without the auditor ever being run on them. Blind:
 * totals only.
 */
export const PDF_TEST24_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test24/', import.meta.url));
/**
 * Twenty-eighth held-out part of whole 部门决算 PDFs (audit-pdf-test28/, 840–849): ten invented county and district
 * bodies typeset by iText 5 (a Java library, with Noto CJK embedded) — ruled tables with repeated headers, landscape
 * pages, tables over pages, three title styles, codes in one column, in 类/款/项 columns or in the name cell, 元 or
 * 万元; three clean files, seventeen planted defects. Written blind (generator and renderer beside them). Blind: totals only.
 */
export const PDF_TEST28_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/audit-pdf-test28/', import.meta.url));
/** The corpus parts, in the order the evaluation reports them. */
export const CORPUS_PARTS = [
  { name: 'dev', dir: FIXTURE_DIR, kind: 'text', blind: false },
  { name: 'test', dir: TEST_FIXTURE_DIR, kind: 'text', blind: false },
  { name: 'test2', dir: TEST2_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test6', dir: TEST6_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test8', dir: TEST8_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test9', dir: TEST9_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test16', dir: TEST16_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test19', dir: TEST19_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test20', dir: TEST20_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test35', dir: TEST35_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test36', dir: TEST36_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test37', dir: TEST37_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test38', dir: TEST38_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test39', dir: TEST39_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test40', dir: TEST40_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test41', dir: TEST41_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test42', dir: TEST42_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'test43', dir: TEST43_FIXTURE_DIR, kind: 'text', blind: true },
  { name: 'pdf', dir: PDF_FIXTURE_DIR, kind: 'pdf', blind: false },
  { name: 'pdf-test', dir: PDF_TEST_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test2', dir: PDF_TEST2_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test3', dir: PDF_TEST3_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test4', dir: PDF_TEST4_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test5', dir: PDF_TEST5_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test6', dir: PDF_TEST6_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test8', dir: PDF_TEST8_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test9', dir: PDF_TEST9_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test10', dir: PDF_TEST10_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test11', dir: PDF_TEST11_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test13', dir: PDF_TEST13_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test14', dir: PDF_TEST14_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test17', dir: PDF_TEST17_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test18', dir: PDF_TEST18_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test19', dir: PDF_TEST19_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test20', dir: PDF_TEST20_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test21', dir: PDF_TEST21_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test22', dir: PDF_TEST22_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test24', dir: PDF_TEST24_FIXTURE_DIR, kind: 'pdf', blind: true },
  { name: 'pdf-test28', dir: PDF_TEST28_FIXTURE_DIR, kind: 'pdf', blind: true },
] as const;

export interface Fixture {
  /** File stem, e.g. `000-seed-yuanling-commerce-2024`. */
  readonly name: string;
  readonly txtPath: string;
  readonly text: string;
  readonly source: SourceSidecar;
  readonly annotations: AnnotationFile;
}

export interface FixtureProblem {
  readonly file: string;
  readonly message: string;
}

/** Fixture names: NNN-slug, or NNNN-slug from 1000 on (dev/ used up 000–999). */
const STEM = /^(\d{3,4})-[a-z0-9-]+$/;

/** A fixture's number as written in its name (086, 1003). */
export function fixtureNumber(name: string): string {
  return name.slice(0, name.indexOf('-'));
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** Reads every fixture; `problems` lists what is malformed (missing sidecar, bad JSON, quote not found…). */
export function loadFixtures(dir: string = FIXTURE_DIR): { fixtures: Fixture[]; problems: FixtureProblem[] } {
  return loadWith(dir, '.txt', (path) => readFileSync(path));
}

/**
 * The PDF part: each NNN-slug.pdf is read as the product reads it (`read`, e.g. the auditor's readDocument),
 * and its annotated quotes are looked for in that text, whitespace ignored (a PDF wraps lines anywhere).
 */
export async function loadPdfFixtures(
  read: (path: string) => Promise<string>,
  dir: string = PDF_FIXTURE_DIR,
): Promise<{ fixtures: Fixture[]; problems: FixtureProblem[] }> {
  const texts = new Map<string, Buffer>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.pdf'))) {
    const path = join(dir, f);
    texts.set(path, Buffer.from(await read(path), 'utf8'));
  }
  return loadWith(dir, '.pdf', (path) => texts.get(path) ?? Buffer.alloc(0), true);
}

function loadWith(
  dir: string,
  ext: '.txt' | '.pdf',
  bytesOf: (path: string) => Buffer,
  ignoreWhitespace = false,
): { fixtures: Fixture[]; problems: FixtureProblem[] } {
  const fixtures: Fixture[] = [];
  const problems: FixtureProblem[] = [];
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
  const seenNumbers = new Set<string>();
  for (const name of names) {
    const txtPath = join(dir, `${name}${ext}`);
    const m = STEM.exec(name);
    if (!m) {
      problems.push({ file: `${name}.txt`, message: 'name must be NNN-slug or NNNN-slug (lower-case slug)' });
      continue;
    }
    if (seenNumbers.has(m[1]!)) problems.push({ file: `${name}.txt`, message: `number ${m[1]} used twice` });
    seenNumbers.add(m[1]!);
    const bytes = bytesOf(txtPath);
    const text = bytes.toString('utf8');
    if (Buffer.from(text, 'utf8').compare(bytes) !== 0) {
      problems.push({ file: `${name}.txt`, message: 'not valid UTF-8' });
      continue;
    }
    const srcPath = join(dir, `${name}.source.json`);
    const annPath = join(dir, `${name}.annotations.json`);
    let source: SourceSidecar | undefined;
    let annotations: AnnotationFile | undefined;
    if (!existsSync(srcPath)) problems.push({ file: `${name}.source.json`, message: 'missing' });
    else {
      try {
        const r = parseSidecar(readJson(srcPath));
        if (r.ok) source = r.value;
        else for (const e of r.errors) problems.push({ file: `${name}.source.json`, message: e });
      } catch (e) {
        problems.push({ file: `${name}.source.json`, message: `bad JSON: ${(e as Error).message}` });
      }
    }
    if (!existsSync(annPath)) problems.push({ file: `${name}.annotations.json`, message: 'missing' });
    else {
      try {
        const r = parseAnnotationFile(readJson(annPath));
        if (r.ok) annotations = r.value;
        else for (const e of r.errors) problems.push({ file: `${name}.annotations.json`, message: e });
      } catch (e) {
        problems.push({ file: `${name}.annotations.json`, message: `bad JSON: ${(e as Error).message}` });
      }
    }
    if (annotations) {
      for (const kind of ['defects', 'clean', 'ignore'] as const) {
        for (const a of annotations[kind] ?? []) {
          for (const q of [a.quote, ...(a.also ?? [])]) {
            if (!(ignoreWhitespace ? squeeze(text.normalize('NFKC')).includes(squeeze(q.normalize('NFKC'))) : text.includes(q))) {
              problems.push({ file: `${name}.annotations.json`, message: `${kind} ${a.rule}: quote not found: ${JSON.stringify(q)}` });
            }
          }
        }
      }
    }
    if (source && annotations) fixtures.push({ name, txtPath, text, source, annotations });
  }
  // Sidecars without a text.
  for (const f of readdirSync(dir)) {
    const stem = f.replace(/\.(source|annotations)\.json$/, '');
    if (stem !== f && !names.includes(stem) && !(ext === '.pdf' && f.endsWith('.html'))) problems.push({ file: f, message: 'no matching .txt' });
  }
  return { fixtures, problems };
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}
