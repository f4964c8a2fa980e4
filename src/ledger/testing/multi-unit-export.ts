/**
 * The lines of a township 财政所's 代理记账 凭证明细 export holding three units' books (单位编码/单位名称 columns, a 贷方
 * refund, the whole file's 合计 of every unit's 借方 and 贷方), as the unit-choice tests of the reader and of the upload
 * route read them; each test adds the footer it needs.
 */
export const MULTI_UNIT_EXPORT_LINES: readonly string[] = [
  '凭证明细查询',
  '单位编码,单位名称,凭证日期,凭证号,摘要,功能分类,经济分类,借方金额,贷方金额',
  '001001,桃林镇人民政府,2024-01-03,0001,差旅费报销,2010301 行政运行,30211 差旅费,371.43,',
  '001003,农业综合服务中心,2024-01-08,0001,办公用品购置,2130104 事业运行,30201 办公费,662.78,',
  '001002,社会事务综合服务中心,2024-01-11,0001,1月电话费,2080201 行政运行,30207 邮电费,863.76,',
  '001003,农业综合服务中心,2024-01-09,0002,12月办公水费,2130104 事业运行,30205 水费,111.27,',
  '001001,桃林镇人民政府,2024-02-03,0002,差旅费退回,2010301 行政运行,30211 差旅费,,71.43',
  ',,,,合计,,,2009.24,71.43',
];
