import { describe, expect, it } from 'vitest';
import { readLedgerFile } from '../read-ledger-file.ts';
import { context, entry } from '../testing/fixtures.ts';
import { natureInconsistent } from './nature-inconsistent.ts';

describe('ledger.nature-inconsistent', () => {
  it('flags a project entry naming no project (error) and one on a 行政运行 item (warning)', () => {
    const noProject = entry({ nature: 'project', economicCode: '30216' });
    const onRunning = entry({ nature: 'project', projectCode: 'XM001', economicCode: '30216', functionCode: '2010601' });
    const found = natureInconsistent.check([noProject, onRunning], context());
    expect(found.map((f) => f.severity)).toEqual(['error', 'warning']);
  });

  it('flags a basic entry with a capital-construction class or a project code', () => {
    const capital = entry({ economicCode: '31005', summary: '道路硬化工程款' });
    const coded = entry({ projectCode: 'XM001' });
    const found = natureInconsistent.check([capital, coded, entry()], context());
    expect(found.map((f) => f.evidence[0]!.path)).toEqual([`ledger[row ${capital.row}]`, `ledger[row ${coded.row}]`]);
  });

  it('flags a basic entry that names a project without a code (exports with the project name only)', () => {
    const named = entry({ nature: 'basic', projectName: '执行专项经费', summary: '黄小兵等赴东莞异地执行查控差旅费' });
    const running = entry({ nature: 'basic', projectName: '运转类-公用经费', summary: '支付水费' });
    const found = natureInconsistent.check([named, running, entry()], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([named.row]);
    expect(found[0]!.message).toContain('执行专项经费');
  });

  it('does not flag a basic entry under a 预算管理一体化 人员类 or 公用经费 project for carrying its code', () => {
    const payroll = entry({ economicCode: '30101', projectCode: '431226240000000001', projectName: '人员类项目-工资福利' });
    const other = entry({ projectCode: '431226240000000077', projectName: '其他运转类项目-农业综合执法' });
    const found = natureInconsistent.check([payroll, other], context());
    expect(found.map((f) => f.evidence[0]!.path)).toEqual([`ledger[row ${other.row}]`]);
  });

  it('takes a 人员类 project of retirees\' pay (离退休人员经费, 退休费) as basic, but not a project that serves retirees (离退休干部走访慰问)', () => {
    const pay = entry({ economicCode: '30302', projectCode: 'LG01', projectName: '离退休人员经费', summary: '发放3月退休费' });
    const pension = entry({ economicCode: '30302', projectCode: 'LG02', projectName: '离休费', summary: '发放3月离休费' });
    const visits = entry({ economicCode: '30399', projectCode: 'LG2404', projectName: '离退休干部走访慰问及文体活动', summary: '走访慰问生病住院离退休干部' });
    const found = natureInconsistent.check([pay, pension, visits], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([visits.row]);
  });

  it('takes any 公用经费 project of 运转类 as basic, whatever its name\'s word order; 其他运转类 stays a project', () => {
    const running = entry({ economicCode: '30206', projectCode: '511529241000000000012', projectName: '机关运转公用经费（运转类）', summary: '支付3月电费' });
    const daily = entry({ economicCode: '30201', projectCode: '511529241000000000013', projectName: '日常公用经费', summary: '购买办公用品' });
    const other = entry({ economicCode: '30227', projectCode: '511529241000000000031', projectName: '其他运转类-驻村帮扶工作经费', summary: '驻村工作队培训' });
    const found = natureInconsistent.check([running, daily, other], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([other.row]);
  });

  it('reads a function code the table lacks by the name the ledger writes beside it; says nothing where neither names it', () => {
    const named = entry({ nature: 'project', projectCode: 'XM2404', economicCode: '30226', functionCode: '2220101', functionName: '行政运行' });
    const other = entry({ nature: 'project', projectCode: 'XM2404', economicCode: '30226', functionCode: '2220199', functionName: '其他粮油物资事务支出' });
    const unnamed = entry({ nature: 'project', projectCode: 'XM2404', economicCode: '30226', functionCode: '2220101' });
    // The table wins where it knows the code: 2010601 is 行政运行 whatever the cell says.
    const known = entry({ nature: 'project', projectCode: 'XM001', economicCode: '30216', functionCode: '2010601', functionName: '财政事务' });
    const found = natureInconsistent.check([named, other, unnamed, known], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([named.row, known.row]);
  });

  it('flags a project entry on a 事业单位 事业运行 item too (runningFunctionItems), by the table name or the ledger name', () => {
    const byTable = entry({ nature: 'project', projectCode: 'XM2405', economicCode: '30227', functionCode: '2130550' });
    const byLedger = entry({ nature: 'project', projectCode: 'XM2405', economicCode: '30227', functionCode: '2130104', functionName: '事业运行' });
    const found = natureInconsistent.check([byTable, byLedger], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([byTable.row, byLedger.row]);
    expect(found[0]!.message).toContain('2130550 事业运行');
  });

  it('flags a basic project entry on a business function item while the project runs on 行政运行 (inference); staff pay on its own items is not', () => {
    const office = { nature: 'basic' as const, projectCode: 'P21', projectName: '日常公用经费', functionCode: '2010401', functionName: '行政运行' };
    const running = ['30201', '30205', '30206', '30207', '30211'].map((economicCode) => entry({ ...office, economicCode }));
    const stray = entry({ ...office, functionCode: '2010499', functionName: '其他发展与改革事务支出', economicCode: '30227', summary: '数据平台开发首付款' });
    const pay = { nature: 'basic' as const, projectCode: 'P22', projectName: '人员经费', functionCode: '2010401', functionName: '行政运行', economicCode: '30101' };
    const payroll = [1, 2, 3, 4].map(() => entry({ ...pay }));
    const insurance = entry({ ...pay, functionCode: '2101101', functionName: '行政单位医疗', economicCode: '30110' });
    const found = natureInconsistent.check([...running, stray, ...payroll, insurance], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([stray.row]);
    expect(found[0]!.message).toContain('2010499 其他发展与改革事务支出');
  });

  describe('an entry with no project and no stated nature on a function item the ledger uses for projects only', () => {
    // Project entries of one item, nature inferred by the importer from the project cell (no 支出类型 column).
    const projectEntries = (functionCode: string, projectName: string, n: number, summary: string) =>
      Array.from({ length: n }, () =>
        entry({ nature: 'project', natureSource: 'inferred', functionCode, projectName, economicCode: '30227', summary }),
      );
    const running = (n: number) => Array.from({ length: n }, () => entry({ natureSource: 'inferred', functionCode: '2140101', economicCode: '30201' }));

    it('flags a bridge inspection booked without a project under 公路养护, whose other entries are all project entries', () => {
      const stray = entry({ natureSource: 'inferred', functionCode: '2140106', economicCode: '30227', summary: '县道桥梁定期检测' });
      const found = natureInconsistent.check([...running(10), ...projectEntries('2140106', '农村公路日常养护', 27, '县乡道坑槽修补材料款'), stray], context());
      expect(found.map((f) => f.evidence[0]!.line)).toEqual([stray.row]);
      expect(found[0]!.message).toContain('2140106');
      expect(found[0]!.message).toContain('28 笔中 27 笔是项目支出');
    });

    it('says nothing on an item several projects share: whose work the unprojected entry would be is not known', () => {
      const stray = entry({ natureSource: 'inferred', functionCode: '2100408', economicCode: '30227', summary: '公卫档案数字化服务' });
      const shared = [
        ...projectEntries('2100408', '基本公共卫生服务项目', 14, '老年人健康体检外送检验'),
        ...projectEntries('2100408', '重大公共卫生服务', 14, '两癌筛查检验服务'),
      ];
      expect(natureInconsistent.check([...running(10), ...shared, stray], context())).toEqual([]);
    });

    it('flags a hazard survey service without a project under 地质灾害防治 (one no-project entry beside eight project ones)', () => {
      const stray = entry({
        natureSource: 'inferred',
        functionCode: '2240601',
        functionName: '地质灾害防治',
        economicCode: '30227',
        summary: '汛期地灾隐患点应急排查技术服务',
      });
      const found = natureInconsistent.check([...running(5), ...projectEntries('2240601', '地质灾害防治', 8, '地灾隐患点群测群防员补助'), stray], context());
      expect(found.map((f) => f.evidence[0]!.line)).toEqual([stray.row]);
    });

    it('says nothing when the file states the nature (a 支出类型 cell saying 基本支出), or for a staff-pay class', () => {
      const stated = entry({ natureSource: 'column', functionCode: '2140106', economicCode: '30227', summary: '县道桥梁定期检测' });
      const pay = entry({ natureSource: 'inferred', functionCode: '2140106', economicCode: '30101', summary: '养护站职工基本工资' });
      const found = natureInconsistent.check([...running(10), ...projectEntries('2140106', '农村公路日常养护', 27, '县乡道坑槽修补材料款'), stated, pay], context());
      expect(found).toEqual([]);
    });

    it('says nothing for the unit\'s routine costs on a project item: a class basic by nature, or one its basic entries use elsewhere', () => {
      // A 街道办: 社区治理 is nearly all project spending, but its 社区治理办公室 buys stationery and has its copier
      // repaired there, as the 行政运行 offices do; a road-bridge inspection (委托业务费, used by no basic entry) stays.
      const office = (economicCode: string, summary: string) => entry({ natureSource: 'inferred', functionCode: '2010101', functionName: '行政运行', economicCode, summary });
      const basicElsewhere = [office('30213', '机关空调维修'), office('30213', '打印机维修'), office('30201', '购买办公用品'), office('30211', '差旅费')];
      const stationery = entry({ natureSource: 'inferred', functionCode: '2080208', economicCode: '30201', summary: '社区治理办公室购买办公用品' });
      const power = entry({ natureSource: 'inferred', functionCode: '2080208', economicCode: '30206', summary: '新时代文明实践站电费' });
      const copier = entry({ natureSource: 'inferred', functionCode: '2080208', economicCode: '30213', summary: '社区治理办公室复印机维修' });
      const project = projectEntries('2080208', '社区治理创新示范项目', 30, '社区治理创新示范点运营服务');
      const stray = entry({ natureSource: 'inferred', functionCode: '2080208', economicCode: '30227', summary: '社区网格化管理平台运维服务' });
      const found = natureInconsistent.check([...basicElsewhere, ...project, stationery, power, copier, stray], context());
      expect(found.map((f) => f.evidence[0]!.line)).toEqual([stray.row]);
      // One basic 维修 elsewhere is not yet the unit's routine kind of cost.
      const once = natureInconsistent.check([office('30213', '机关空调维修'), ...project, copier], context());
      expect(once.map((f) => f.evidence[0]!.line)).toEqual([copier.row]);
    });

    it('says nothing on an item the ledger also uses for basic spending, on a running item, or beside too few project entries', () => {
      // 基层政权建设: project entries and several basic ones.
      const shared = [
        ...projectEntries('2080208', '社区治理创新示范项目', 8, '社区治理创新示范点运营服务'),
        ...Array.from({ length: 3 }, () => entry({ natureSource: 'inferred', functionCode: '2080208', economicCode: '30211', summary: '赴省参加基层政权建设业务培训差旅费' })),
      ];
      // 行政运行 with project entries slipped onto it (reported for themselves), never a project item.
      const onRunning = [...projectEntries('2010601', '财政专项', 9, '专项检查'), entry({ natureSource: 'inferred', functionCode: '2010601', economicCode: '30227', summary: '年度审计服务费' })];
      const few = [...projectEntries('2130108', '病虫害统防统治', 3, '杀虫灯安装'), entry({ natureSource: 'inferred', functionCode: '2130108', economicCode: '30227', summary: '植保站技术服务费' })];
      const found = natureInconsistent.check([...shared, ...onRunning, ...few], context());
      expect(found.filter((f) => f.message.includes('未注明支出类型'))).toEqual([]);
    });
  });

  describe('a 支出类型 cell that contradicts the spending account\'s 明细科目 (基本支出/项目支出)', () => {
    const header = ['日期', '凭证号', '摘要', '会计科目', '功能科目', '经济科目', '支出类型', '项目', '借方金额'];
    const basicAccount = '72010101 事业支出-财政拨款支出-基本支出';
    const projectAccount = '72010102 事业支出-财政拨款支出-项目支出';
    const lines = [
      ['2024-03-05', '记-0012', '购买办公用品', basicAccount, '2070801 行政运行', '30201 办公费', '基本支出', '', '860.00'],
      ['2024-04-08', '记-0031', '送戏下乡演出服务费', projectAccount, '2070808 广播电视事务', '30227 委托业务费', '项目支出', 'XM2404 农村文化惠民', '12000.00'],
      // Look-alikes: a 公用经费 project's line on the basic account, and an account naming no nature.
      ['2024-04-09', '记-0032', '3月电费', basicAccount, '2070801 行政运行', '30206 电费', '基本支出', 'YZ01 机关运转公用经费', '2310.00'],
      ['2024-04-10', '记-0033', '宣传册印刷', '7201 事业支出', '2070808 广播电视事务', '30202 印刷费', '项目支出', 'XM2404 农村文化惠民', '3000.00'],
      // Planted: 项目支出 on the basic account, and 基本支出 on the project account.
      ['2024-11-19', '记-0244', '农村公益电影放映设备租赁', basicAccount, '2070808 广播电视事务', '30214 租赁费', '项目支出', 'XM2404 农村电影公益放映', '6400.00'],
      ['2024-05-20', '记-0015', '放映设备蓄电池更换', projectAccount, '2070808 广播电视事务', '30218 专用材料费', '基本支出', 'XM2404 农村电影公益放映', '5400.00'],
    ];
    const read = () => readLedgerFile(new TextEncoder().encode(`${[header, ...lines].map((l) => l.join(',')).join('\n')}\n`), 'rmt.csv', { fiscalYear: 2024 });

    it('keeps the account\'s nature only where it contradicts the cell, and flags those entries', async () => {
      const { entries, errors } = await read();
      expect(errors).toEqual([]);
      expect(entries.map((e) => [e.voucher, e.nature, e.natureSource, e.accountNature])).toEqual([
        ['记-0012', 'basic', 'column', undefined],
        ['记-0031', 'project', 'column', undefined],
        ['记-0032', 'basic', 'column', undefined],
        ['记-0033', 'project', 'column', undefined],
        ['记-0244', 'project', 'column', 'basic'],
        ['记-0015', 'basic', 'column', 'project'],
      ]);
      const found = natureInconsistent.check(entries, context());
      expect(found.map((f) => f.evidence[0]!.quote)).toEqual(['农村公益电影放映设备租赁', '放映设备蓄电池更换']);
      expect(found[0]!.message).toContain('支出类型写的是项目支出，会计科目却是基本支出明细科目');
    });
  });
});
