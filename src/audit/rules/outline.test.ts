import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { outline, statesAbsent, withoutReadingGlosses } from './outline.ts';

const FULL = [
  '2024年度某局部门整体支出绩效自评报告',
  '一、部门基本情况', '略。',
  '二、部门整体支出管理及使用情况', '略。',
  '三、政府性基金预算支出情况', '无。',
  '四、国有资本经营预算支出情况', '无。',
  '五、社会保险基金预算支出情况', '无。',
  '六、部门整体支出绩效情况', '略。',
  '七、存在的问题及原因分析', '略。',
  '八、下一步改进措施', '略。',
  '九、其他需要说明的情况', '无。',
];

describe('outline', () => {
  it('accepts the full nine-section outline', () => {
    expect(runRule(outline, FULL.join('\n')).findings).toEqual([]);
  });

  it('reports a missing section and an empty one that must say 无', () => {
    const text = FULL.filter((l) => !l.includes('国有资本')).join('\n').replace('五、社会保险基金预算支出情况\n无。', '五、社会保险基金预算支出情况');
    const { findings } = runRule(outline, text);
    expect(findings.map((f) => f.message).join('\n')).toContain('国有资本经营预算支出情况');
    expect(findings.map((f) => f.message).join('\n')).toContain('应写明“无”');
  });

  it('makes sections missing at the end of the text a 提示 (info): the text may have been cut there', () => {
    const cut = FULL.slice(0, FULL.indexOf('八、下一步改进措施')).join('\n');
    const { findings } = runRule(outline, cut);
    expect(findings.map((f) => [f.severity, f.message.includes('下一步改进措施') || f.message.includes('其他需要说明')])).toEqual([
      ['info', true],
      ['info', true],
    ]);
    // Missing in the middle, with later sections present, it is a warning.
    const middle = runRule(outline, FULL.filter((l) => !l.includes('存在的问题')).join('\n'));
    expect(middle.findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('does not take a 三公 page for a whole document of the type its title names', () => {
    const text = ['某局2024年度部门决算“三公”经费支出情况说明', ...FULL.slice(1, 9)].join('\n');
    const r = runRule(outline, text);
    expect(r.findings).toEqual([]);
    expect(r.notChecked[0]).toContain('outline');
  });

  it('does not list every section of a report that follows another outline', () => {
    const { findings, notChecked } = runRule(outline, '2018年度某局整体支出绩效评价报告\n一、部门概况\n二、评价结论');
    expect(findings).toEqual([]);
    expect(notChecked.join('\n')).toContain('其他提纲');
  });

  describe('a regional template (the nine headings are Hunan’s)', () => {
    // The six headings many provinces use: no 政府性基金 / 国有资本经营 / 社会保险基金 sections.
    const SIX = [
      '澄川县水利局2023年度部门整体支出绩效自评报告',
      '一、部门概况', '略。',
      '二、部门整体支出情况', '略。',
      '三、绩效目标设定及完成情况', '略。',
      '四、自评得分及等级', '略。',
      '五、存在的问题及原因', '略。',
      '六、下一步改进措施', '略。',
    ];

    it('judges a report of no known region that does not follow it only by the topics every outline shares, and says so', () => {
      const r = runRule(outline, SIX.join('\n'));
      expect(r.findings).toEqual([]);
      expect(r.notChecked.join('\n')).toContain('未能确定报告所属地区');
      expect(r.notChecked.join('\n')).toContain('只检查各地提纲共有的部分');
    });

    it('still reports a shared topic missing in the middle of such a report (no 存在的问题 before the measures)', () => {
      const text = SIX.filter((l) => !l.includes('存在的问题')).join('\n');
      const r = runRule(outline, text);
      expect(r.findings.map((f) => [f.severity, f.message.includes('存在的问题')])).toEqual([['warning', true]]);
    });

    it('judges every section when the caller gives the region, by name or by 行政区划代码', () => {
      for (const region of ['湖南省', '431222']) {
        const r = runRule(outline, SIX.join('\n'), { region });
        const messages = r.findings.map((f) => f.message).join('\n');
        expect(messages).toContain('政府性基金预算支出情况');
        expect(messages).toContain('社会保险基金预算支出情况');
      }
    });

    it('judges every section when the title names the region', () => {
      const text = ['湖南省澄川县水利局2023年度部门整体支出绩效自评报告', ...SIX.slice(1)].join('\n');
      expect(runRule(outline, text).findings.map((f) => f.message).join('\n')).toContain('国有资本经营预算支出情况');
    });

    it('checks only the shared topics for a region given that has no template of its own, and names it', () => {
      for (const region of ['云南省', '530102']) {
        const r = runRule(outline, SIX.join('\n'), { region });
        expect(r.findings).toEqual([]);
        expect(r.notChecked.join('\n')).toContain(`指定的地区“${region}”`);
      }
    });

    it('judges a report that follows it whatever its region: an empty 五 that must say 无 is reported', () => {
      const text = FULL.join('\n').replace('五、社会保险基金预算支出情况\n无。', '五、社会保险基金预算支出情况');
      const r = runRule(outline, text, { region: '云南省' });
      expect(r.findings.map((f) => f.message).join('\n')).toContain('应写明“无”');
      expect(r.notChecked.filter((n) => n.startsWith('outline'))).toEqual([]);
    });
  });

  it('says when no template applies', () => {
    expect(runRule(outline, '某项目支出绩效自评表\n一、甲').notChecked[0]).toContain('outline');
  });

  describe('部门决算', () => {
    const TABLES = [
      '一、收入支出决算总表',
      '二、收入决算表',
      '三、支出决算表',
      '四、财政拨款收入支出决算总表',
      '五、一般公共预算财政拨款支出决算表',
      '六、一般公共预算财政拨款基本支出决算表',
      '七、财政拨款“三公”经费支出决算表',
      '八、政府性基金预算财政拨款收入支出决算表',
      '九、国有资本经营预算财政拨款支出决算表',
    ];
    const doc = (tables: string[]): string =>
      ['青山县农业农村局2024年度部门决算', '第一部分 青山县农业农村局概况', '一、主要职责', '正文。', '第二部分 2024年度部门决算表', ...tables.flatMap((t) => [t, '单位：万元']), '第三部分 2024年度部门决算情况说明', '一、收入支出决算总体情况说明', '正文。', '第四部分 名词解释', '1.财政拨款收入：……'].join('\n');

    it('accepts a disclosure with its four parts and nine tables', () => {
      expect(runRule(outline, doc(TABLES)).findings).toEqual([]);
    });

    it('leaves a missing table a 提示 (info) where the document’s own list holds, in its place, a table title the rule cannot read', () => {
      const severities = (tables: string[]): [string, boolean][] =>
        runRule(outline, doc(tables)).findings.map((f) => [f.severity, f.message.includes('未能识别')]);
      // Worded otherwise (收支 for 收入支出), or damaged in the copy (三、出决算表): the table may be there.
      expect(severities(TABLES.map((t) => t.replace('一、收入支出决算总表', '一、部门收支决算总表')))).toEqual([['info', true]]);
      expect(severities(TABLES.map((t) => t.replace('三、支出决算表', '三、出决算表')))).toEqual([['info', true]]);
      // Left out of a list numbered on (the other entries all read), or an unread title in another table's place: a warning.
      const renumbered = TABLES.filter((t) => !t.startsWith('四、')).map((t, k) => t.replace(/^[一二三四五六七八九]、/, `${'一二三四五六七八九'[k]}、`));
      expect(severities(renumbered)).toEqual([['warning', false]]);
      expect(severities([...TABLES.filter((t) => !t.startsWith('四、')), '十、部门决算公开相关信息统计表'])).toEqual([['warning', false]]);
      // A lone table title the rule cannot read, in no list of read ones, stands in no table's place.
      expect(severities([...TABLES.filter((t) => !t.startsWith('四、')), '正文。', '三、项目支出绩效情况表'])).toEqual([['warning', false]]);
    });

    it('reads the Shanxi form’s 一般公共预算财政拨款支出决算表（二） as the 基本支出 table, and 三公经费、… without quotes as the 三公 table', () => {
      const shanxi = TABLES.map((t) => t.replace('五、一般公共预算财政拨款支出决算表', '五、一般公共预算财政拨款支出决算表（一）').replace('六、一般公共预算财政拨款基本支出决算表', '六、一般公共预算财政拨款支出决算表（二）'));
      expect(runRule(outline, doc(shanxi)).findings).toEqual([]);
      const unquoted = TABLES.map((t) => t.replace('七、财政拨款“三公”经费支出决算表', '七、三公经费、行政参公单位机关运行经费情况表'));
      expect(runRule(outline, doc(unquoted)).findings).toEqual([]);
      // A table that is not there is still missed.
      expect(runRule(outline, doc(TABLES.filter((t) => !t.startsWith('六、')))).findings.map((f) => f.message)).toEqual(['按提纲应有“一般公共预算财政拨款基本支出决算表”部分，报告中未找到；报告自身的表号缺少第6号']);
    });

    it('reads the Jiangsu form’s table names (一般公共预算支出决算表（功能科目） …) and two entries sharing one contents line', () => {
      const jiangsu = [
        '一、收入支出决算总表',
        '二、收入决算表',
        '三、支出决算表',
        '四、财政拨款收入支出决算总表',
        '五、财政拨款支出决算表（功能科目）',
        '六、财政拨款基本支出决算表（经济科目） 七、一般公共预算支出决算表（功能科目）',
        '八、一般公共预算基本支出决算表（经济科目）',
        '九、财政拨款“三公”经费、会议费、培训费支出决算表',
        '十、政府性基金预算支出决算表',
        '十一、国有资本经营预算支出决算表',
      ];
      expect(runRule(outline, doc(jiangsu)).findings).toEqual([]);
      // Look-alike: a table that is not there is still missed, and the gap in the numbers is still seen.
      const without = jiangsu.filter((t) => !t.startsWith('八、'));
      expect(runRule(outline, doc(without)).findings.map((f) => f.message)).toEqual(['按提纲应有“一般公共预算财政拨款基本支出决算表”部分，报告中未找到；报告自身的表号缺少第8号']);
    });

    it('finds a table by its title numbered by the document right above its unit caption, whether or not its cells were read', () => {
      const numbered = TABLES.map((t, i) => `公开0${i + 1}表 ${t.slice(2)}`);
      const text = (titles: string[]): string =>
        ['青山县农业农村局2024年度部门决算', '第一部分 青山县农业农村局概况', '一、主要职责', '正文。', '第二部分 2024年度部门决算表', ...titles.flatMap((t) => [t, '编制单位：青山县农业农村局 单位：元', '收入 支出', '一、社会保', '8,883,180.36 障和就业支 774,254.59']), '第三部分 2024年度部门决算情况说明', '一、收入支出决算总体情况说明', '正文。', '第四部分 名词解释', '1.财政拨款收入：……'].join('\n');
      expect(runRule(outline, text(numbered)).findings).toEqual([]);
      // Look-alike: a title not there is still missed.
      expect(runRule(outline, text(numbered.filter((t) => !t.startsWith('公开04表')))).findings.map((f) => f.message)).toEqual(['按提纲应有“财政拨款收入支出决算总表”部分，报告中未找到；报告自身的表号缺少第4号']);
    });

    it('reads 收入决算总表 / 支出决算总表 as the 收入决算表 / 支出决算表', () => {
      const tables = TABLES.map((t) => t.replace('二、收入决算表', '二、收入决算总表').replace('三、支出决算表', '三、支出决算总表'));
      expect(runRule(outline, doc(tables)).findings).toEqual([]);
      expect(runRule(outline, doc(tables.filter((t) => !t.startsWith('三、')))).findings.map((f) => f.message)).toEqual([
        '按提纲应有“支出决算表”部分，报告中未找到；报告自身的表号缺少第3号',
      ]);
    });

    it('finds a table entry whose number was lost in the copy (、政府性基金…决算表)', () => {
      const lost = TABLES.map((t) => (t.startsWith('八、') ? t.slice(1) : t));
      expect(lost[7]).toBe('、政府性基金预算财政拨款收入支出决算表');
      expect(runRule(outline, doc(lost)).findings).toEqual([]);
      // Without the entry at all the table is missing.
      expect(runRule(outline, doc(TABLES.filter((t) => !t.startsWith('八、')))).findings).toHaveLength(1);
    });

    it('finds table entries that lost their numbers after a numbered entry (七、…表 ⏎ 政府性基金…表 ⏎ 国有资本…表)', () => {
      const bare = TABLES.map((t) => (t.startsWith('八、') || t.startsWith('九、') ? t.slice(2) : t));
      const contents = ['青山县卫生院2024年度部门决算', '第一部分 单位概况', '一、部门职责', '第二部分 2024年度部门决算表', ...bare, '第三部分 2024年度部门决算情况说明', '一、收入支出决算总体情况说明', '第四部分 名词解释', '正文。'].join('\n');
      expect(runRule(outline, contents).findings.filter((f) => f.severity !== 'info')).toEqual([]);
      // Without the entries the tables are missing.
      const without = contents.replace('政府性基金预算财政拨款收入支出决算表\n', '');
      expect(runRule(outline, without).findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([
        '按提纲应有“政府性基金预算财政拨款收入支出决算表”部分，报告中未找到',
      ]);
    });

    it('reads titles through the reading glosses of a mirror (一般公共預(yù)算財政撥款…)', () => {
      const glossed = TABLES.map((t) => t.replace('预算', '預(yù)算').replace('财政', '財(cái)政').replace('经费', '經(jīng)費(fèi)'));
      expect(runRule(outline, doc(glossed)).findings).toEqual([]);
      expect(withoutReadingGlosses('一般公共預(yù)算表(a)')).toBe('一般公共預算表(a)');
    });

    it('reads a table title wrapped over two lines (…支出决算⏎表)', () => {
      const wrapped = TABLES.map((t) => (t.startsWith('七、') ? '七、财政拨款“三公”经费支出决算\n表' : t));
      expect(runRule(outline, doc(wrapped)).findings).toEqual([]);
      // A longer line after the broken title is no end of it: the table is missing.
      const cut = TABLES.map((t) => (t.startsWith('七、') ? '七、财政拨款“三公”经费支出决算\n本单位无此项表格可供' : t));
      expect(runRule(outline, doc(cut)).findings).toHaveLength(1);
    });

    it('reads the Beijing form’s 财政拨款基本支出经济分类决算表 as the 基本支出 table', () => {
      const beijing = TABLES.map((t) => t.replace('六、一般公共预算财政拨款基本支出决算表', '六、财政拨款基本支出经济分类决算表'));
      expect(runRule(outline, doc(beijing)).findings).toEqual([]);
    });

    it('makes a 三公 table absent from a list numbered without a gap a 提示: some provinces’ forms publish it apart', () => {
      const eight = TABLES.filter((t) => !t.includes('三公')).map((t, i) => `${'一二三四五六七八'[i]}、${t.slice(2)}`);
      expect(runRule(outline, doc(eight)).findings.map((f) => f.severity)).toEqual(['info']);
    });

    it('reads an entry that lost its number and holds an enumeration comma (“三公”经费、…情况表) after a numbered one', () => {
      const bare = TABLES.map((t) => (t.startsWith('七、') ? '“三公”经费、行政参公单位机关运行经费情况表' : t)).filter((t) => !t.startsWith('八、') && !t.startsWith('九、'));
      const contents = ['青山县卫生院2024年度部门决算', '第一部分 单位概况', '一、部门职责', '第二部分 2024年度部门决算表', ...bare, '第三部分 2024年度部门决算情况说明', '一、收入支出决算总体情况说明', '第四部分 名词解释', '正文。'].join('\n');
      expect(runRule(outline, contents).findings.filter((f) => f.message.includes('三公'))).toEqual([]);
    });

    it('reports a missing table (收入决算表 and 收入支出决算总表 are told apart)', () => {
      const { findings } = runRule(outline, doc(TABLES.filter((t) => !t.includes('三公'))));
      // The list's own numbers skip 七、: a warning, not a 提示 (the table is one some forms leave out).
      expect(findings.map((f) => [f.message, f.severity])).toEqual([['按提纲应有“财政拨款“三公”经费支出决算表”部分，报告中未找到；报告自身的表号缺少第7号', 'warning']]);
      expect(runRule(outline, doc(TABLES.filter((t) => t !== '一、收入支出决算总表'))).findings.map((f) => f.message)).toEqual([
        '按提纲应有“收入支出决算总表”部分，报告中未找到',
      ]);
    });
  });
});

describe('outline of a 部门决算 whose tables are not numbered', () => {
  it('takes the title line above each table (under its unit caption) as that table’s section', () => {
    const table = (title: string): string => `${title}\n公开01表\t单位：元\n项目\t决算数\n合计\t1,000.00\n甲\t1,000.00\n`;
    const titles = ['收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表', '财政拨款“三公”经费支出决算表', '政府性基金预算财政拨款收入支出决算表'];
    const text = `某局2024年部门决算\n第一部分 部门概况\n一、职能职责\n负责某项工作。\n第二部分 2024年部门决算表\n${titles.map(table).join('')}第三部分 2024年部门决算情况说明\n一、收入支出决算总体情况说明\n收入支出均为1000元。\n第四部分 名词解释\n1.基本支出：指人员经费和公用经费。\n`;
    const findings = runRule(outline, text).findings;
    // A title standing alone, its table stated empty in a sentence, counts too.
    expect(runRule(outline, text.replace('第三部分', '表九　国有资本经营预算财政拨款支出决算表\n本部门没有国有资本经营预算财政拨款支出，本表为空。\n第三部分')).findings).toEqual([]);
    // …also under its unit line, the header of the empty table in short lines and its empty 合计 row.
    const emptyTable = '国有资本经营预算财政拨款支出决算表\n部门公开表09 单位：元\n项目\n本年支出合计 基本支出 项目支出\n科目编码 科目名称\n合计\n注：本部门2024年度没有使用国有资本经营预算财政拨款安排的支出，故本表为空表。\n第三部分';
    expect(runRule(outline, text.replace('第三部分', emptyTable)).findings).toEqual([]);
    // …also when the note was cut at the edge of a sheet's printed columns, its 。 lost, so that it ends in 表 as a title does.
    const cutNote = '政府性基金预算财政拨款收入支出决算表\n部门公开表08 单位：元\n科目编码 科目名称 年初结转和结余 本年收入 本年支出\n合计\n注：本部门2024年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表为空表\n';
    const withoutFund = text.replace('政府性基金预算财政拨款收入支出决算表\n公开01表', '公开01表');
    expect(runRule(outline, withoutFund.replace('第三部分', cutNote + emptyTable)).findings).toEqual([]);
    // Only the table left out is missing: 国有资本经营预算财政拨款支出决算表 — a table several provinces' and years'
    // templates do not have (eight tables), so only a 提示 (info); any other table missing is a warning.
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('国有资本经营预算财政拨款支出决算表')]);
    expect(findings.map((f) => f.severity)).toEqual(['info']);
    const noFund = runRule(outline, text.replace('政府性基金预算财政拨款收入支出决算表\n', '')).findings;
    expect(noFund.map((f) => f.severity)).toEqual(['warning', 'info']);
  });
});

describe('outline of a 部门决算: empty tables and the document’s own table numbers', () => {
  const TITLES = [
    '收入支出决算总表',
    '收入决算表',
    '支出决算表',
    '财政拨款收入支出决算总表',
    '一般公共预算财政拨款支出决算表',
    '一般公共预算财政拨款基本支出决算表',
    '政府性基金预算财政拨款收入支出决算表',
    '国有资本经营预算财政拨款支出决算表',
    '一般公共预算财政拨款“三公”经费支出决算表',
  ];
  const filled = (n: number, title: string): string => `表${n} 某局${title}\n单位：万元\n项目\t决算数\n合计\t10.00\n甲\t10.00\n`;
  const empty = (n: number, title: string): string =>
    `表${n} 某局${title}\n单位：万元\n项目\n年初结转和结余 本年收入 本年支出 年末结转和结余\n科目编码 科目名称\n合计\n注：某局2024年度没有使用${title.slice(0, 5)}安排的支出，故本\n表无数据。\n`;
  const doc = (tables: string): string =>
    `某局2024年度部门决算\n第一部分 部门概况\n一、部门职责\n负责某项工作。\n第二部分 2024年度部门决算表\n${tables}第三部分 2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n收入支出均为10.00万元。\n第四部分 名词解释\n1.基本支出：指人员经费和公用经费。\n`;

  it('finds an empty table whose note stands under its caption and header lines (本表无数据 wrapped)', () => {
    const text = doc(TITLES.map((t, i) => (i === 6 || i === 7 ? empty(i + 1, t) : filled(i + 1, t))).join(''));
    expect(runRule(outline, text).findings).toEqual([]);
  });

  it('takes a title followed by the next title as no table (a contents entry)', () => {
    const text = doc(TITLES.map((t, i) => (i === 6 ? `表7 某局${t}\n` : filled(i + 1, t))).join(''));
    expect(runRule(outline, text).findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('requires the table of a template version when the document’s own numbers skip it (表7, 表9)', () => {
    const without = TITLES.map((t, i) => (i === 7 ? '' : filled(i + 1, t))).join('');
    const findings = runRule(outline, doc(without)).findings;
    expect(findings.map((f) => [f.severity, f.message])).toEqual([['warning', '按提纲应有“国有资本经营预算财政拨款支出决算表”部分，报告中未找到；报告自身的表号缺少第8号']]);
    // The finding points first at the gap, where a reader looks for the table, then at the document's title.
    expect(findings[0]!.evidence.map((e) => e.quote?.slice(0, 2))).toEqual(['表7', '表9', '某局']);
    // Eight tables numbered 1…8 without it: a version of the template with eight tables, only a 提示.
    const eight = TITLES.filter((_, i) => i !== 7).map((t, i) => filled(i + 1, t)).join('');
    expect(runRule(outline, doc(eight)).findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('reads a numbered entry of the table list that lost its final 表 (七、…“三公”经费支出决算) as naming its table', () => {
    const contents = (seventh: string | null): string =>
      [
        '某学院2021年度部门决算',
        '目 录',
        '第一部分 部门概况',
        '第二部分 2021年度部门决算表',
        '一、收入支出决算总表',
        '二、收入决算表',
        '三、支出决算表',
        '四、财政拨款收入支出决算总表',
        '五、一般公共预算财政拨款支出决算表',
        '六、一般公共预算财政拨款基本支出决算表',
        ...(seventh === null ? [] : [seventh]),
        '八、政府性基金预算财政拨款收入支出决算表',
        '九、国有资本经营预算财政拨款支出决算表',
        '第三部分 2021年度部门决算情况说明',
        '一、收入决算情况说明',
        '六、一般公共预算财政拨款“三公”经费支出决算',
        '情况说明',
        '第四部分 名词解释',
      ].join('\n');
    // Real wording (a college's 2021 决算 contents on a spam-renamed copy): 七、 without its 表, no table number missing.
    expect(runRule(outline, contents('七、一般公共预算财政拨款“三公”经费支出决算')).findings).toEqual([]);
    // New wording: the same entry named without 一般公共预算, again without its 表.
    expect(runRule(outline, contents('七、财政拨款“三公”经费支出决算')).findings).toEqual([]);
    // Still found: the entry left out (六、 then 八、), the gap in the list's own numbers named.
    expect(runRule(outline, contents(null)).findings.map((f) => f.message)).toEqual(['按提纲应有“财政拨款“三公”经费支出决算表”部分，报告中未找到；报告自身的表号缺少第7号']);
  });

  it('does not take the 情况说明 heading describing a table (四、…基本支出决算情况说明) for the table', () => {
    const withExplanation = (tables: string): string => doc(tables).replace('第四部分', '二、一般公共预算财政拨款基本支出决算情况说明\n基本支出10.00万元。\n第四部分');
    const without = TITLES.map((t, i) => (i === 5 ? '' : filled(i + 1, t))).join('');
    const findings = runRule(outline, withExplanation(without)).findings;
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('“一般公共预算财政拨款基本支出决算表”部分，报告中未找到；报告自身的表号缺少第6号')]);
    expect(findings[0]!.evidence.map((e) => e.quote?.slice(0, 2))).toEqual(['表5', '表7', '某局']);
    expect(runRule(outline, withExplanation(TITLES.map((t, i) => filled(i + 1, t)).join(''))).findings).toEqual([]);
  });

  it('finds a table titled with its number after the name (收入决算表（表2）) or with header lines read as text above its rows', () => {
    const bracketed = (n: number, title: string): string => `${title}（表${n}）\n单位：万元\n项目\t决算数\n合计\t10.00\n甲\t10.00\n`;
    expect(runRule(outline, doc(TITLES.map((t, i) => bracketed(i + 1, t)).join(''))).findings).toEqual([]);
    // 科目编码 / 科目名称 本年支出合计 基本支出 / （类/款/项） left as lines between the caption and the rows.
    const loose = (n: number, title: string): string => `2024年度${title}\n公开表${n} 单位：万元\n科目编码\n科目名称 本年支出合计 基本支出\n（类/款/项）\n合计\t10.00\t10.00\n甲\t10.00\t10.00\n`;
    expect(runRule(outline, doc(TITLES.map((t, i) => loose(i + 1, t)).join(''))).findings).toEqual([]);
    // …but not across a sentence: a title far above, prose between, is not this table's.
    const prose = (n: number, title: string): string => (n === 3 ? `说明：本表反映支出情况。\n合计\t10.00\t10.00\n甲\t10.00\t10.00\n` : loose(n, title));
    expect(runRule(outline, doc(TITLES.map((t, i) => prose(i + 1, t)).join(''))).findings.map((f) => f.message)).toEqual([expect.stringContaining('“支出决算表”')]);
  });

  it('reads the document’s own numbers from titles written 表5：… and points a missing table at the gap', () => {
    const colon = (n: number, title: string): string => `表${n}：${title}\n单位：元\n项目\t决算数\n合计\t10.00\n甲\t10.00\n`;
    const findings = runRule(outline, doc(TITLES.map((t, i) => (i === 3 ? '' : colon(i + 1, t))).join(''))).findings;
    expect(findings.map((f) => f.message)).toEqual(['按提纲应有“财政拨款收入支出决算总表”部分，报告中未找到；报告自身的表号缺少第4号']);
    expect(findings[0]!.evidence.map((e) => e.quote?.slice(0, 3))).toEqual(['表3：', '表5：', '某局2']);
  });

  it('finds an empty table said so in a short row under its header, or in its title', () => {
    const row = (n: number, title: string): string => `表${n} 某局${title}\n单位：万元\n项目\t决算数\n本单位无此类收支\n`;
    const inTitle = (n: number, title: string): string => `表${n} 某局${title}（本单位无此项数据）\n`;
    expect(runRule(outline, doc(TITLES.map((t, i) => (i === 6 ? row(i + 1, t) : i === 7 ? inTitle(i + 1, t) : filled(i + 1, t))).join(''))).findings).toEqual([]);
  });
});

describe('outline of a 部门决算: titles set apart from their table', () => {
  const TITLES = [
    '收入支出决算总表',
    '收入决算表',
    '支出决算表',
    '财政拨款收入支出决算总表',
    '一般公共预算财政拨款支出决算表',
    '一般公共预算财政拨款基本支出决算表',
    '一般公共预算财政拨款“三公”经费支出决算表',
    '政府性基金预算财政拨款收入支出决算表',
    '国有资本经营预算财政拨款支出决算表',
  ];
  const doc = (tables: string): string =>
    `某局2024年度部门决算\n第一部分 部门概况\n一、部门职责\n负责某项工作。\n第二部分 2024年度部门决算表\n${tables}第三部分 2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n收入支出均为10.00万元。\n第四部分 名词解释\n1.基本支出：指人员经费和公用经费。\n`;

  it('reads the title above header lines left without cell separators (科目编码 / （类/款/项）)', () => {
    const table = (title: string, n: number): string =>
      `2024年度${title}\n公开表${n} 单位：万元\n科目编码\n科目名称 合计 基本支出 项目支出\n（类/款/项）\n\t栏次\t1\t2\t3\n201\t一般公共服务支出\t10.00\t10.00\t0.00\n`;
    expect(runRule(outline, doc(TITLES.map((t, i) => table(t, i + 1)).join(''))).findings).toEqual([]);
    // A row of the table before is no header line: a table without its own title stays without one.
    const untitled = TITLES.map((t, i) => (i === 2 ? '甲\t1.00\n科目编码\n合计\t1.00\n' : table(t, i + 1))).join('');
    expect(runRule(outline, doc(untitled)).findings.map((f) => f.message)).toEqual([expect.stringContaining('“支出决算表”')]);
  });

  it('reads a title with its number after it (收入支出决算总表（表1）)', () => {
    const table = (title: string, n: number): string => `${title}（表${n}）\n编制单位：某局 单位：万元\n项目\t决算数\n合计\t10.00\n甲\t10.00\n`;
    const all = runRule(outline, doc(TITLES.map((t, i) => table(t, i + 1)).join('')));
    expect(all.findings).toEqual([]);
    expect(all.notChecked.filter((n) => n.startsWith('outline'))).toEqual([]);
    const without = runRule(outline, doc(TITLES.map((t, i) => (i === 1 ? '' : table(t, i + 1))).join('')));
    expect(without.findings.map((f) => f.message)).toEqual([expect.stringContaining('“收入决算表”')]);
  });

  it('reads titles numbered like list items (6. …表, 8. …表) as the document’s own numbers: the gap is where the table is missing', () => {
    const table = (title: string, n: number): string => `${n}. ${title}\n部门：某局 单位：元\n项目\t决算数\n合计\t10.00\n甲\t10.00\n`;
    const findings = runRule(outline, doc(TITLES.map((t, i) => (i === 6 ? '' : table(t, i + 1))).join(''))).findings;
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('报告自身的表号缺少第7号')]);
    expect(findings[0]!.evidence.map((e) => e.quote?.slice(0, 2))).toEqual(['6.', '8.', '某局']);
  });

  it('reads 附表N and 决算N表 as the document’s own table numbers: a skipped number points at the gap', () => {
    for (const number of [(n: number): string => `附表${n} `, (n: number): string => `决算${'一二三四五六七八九'[n - 1]!}表 `]) {
      const table = (title: string, n: number): string => `${number(n)}${title}\n编制单位：某局 单位：元\n项目\t决算数\n合计\t10.00\n甲\t10.00\n`;
      const findings = runRule(outline, doc(TITLES.map((t, i) => (i === 2 ? '' : table(t, i + 1))).join(''))).findings;
      expect(findings.map((f) => [f.severity, f.message])).toEqual([['warning', '按提纲应有“支出决算表”部分，报告中未找到；报告自身的表号缺少第3号']]);
      expect(findings[0]!.evidence.map((e) => e.quote?.slice(0, number(4).length - 1))).toEqual([number(2).trim(), number(4).trim(), expect.any(String)]);
    }
  });

  it('reads 表N： as the document’s own table number: a skipped number points at the gap', () => {
    const table = (title: string, n: number): string => `表${n}：${title}\n部门：某局 单位：元\n项目\t决算数\n合计\t10.00\n甲\t10.00\n`;
    const findings = runRule(outline, doc(TITLES.map((t, i) => (i === 3 ? '' : table(t, i + 1))).join(''))).findings;
    expect(findings.map((f) => [f.severity, f.message])).toEqual([['warning', '按提纲应有“财政拨款收入支出决算总表”部分，报告中未找到；报告自身的表号缺少第4号']]);
    expect(findings[0]!.evidence.map((e) => e.quote?.slice(0, 3))).toEqual(['表3：', '表5：', '某局2']);
  });
});

describe('outline of a 部门决算: a table in the contents but not in the body', () => {
  const TITLES = [
    '收入支出决算总表',
    '收入决算表',
    '支出决算表',
    '财政拨款收入支出决算总表',
    '一般公共预算财政拨款支出决算表',
    '一般公共预算财政拨款基本支出决算表',
    '一般公共预算财政拨款“三公”经费支出决算表',
    '政府性基金预算财政拨款收入支出决算表',
    '国有资本经营预算财政拨款支出决算表',
  ];
  const NUMBERS = '一二三四五六七八九';
  // The contents as many disclosures set it: the nine titles numbered 一、…九、 under 第二部分 (read as headings).
  const contents = `目录\n第一部分 部门概况\n第二部分 2024年度部门决算表\n${TITLES.map((t, i) => `${NUMBERS[i]}、${t}\n`).join('')}第三部分 2024年度部门决算情况说明\n`;
  const table = (t: string, n: number): string => `表${n} ${t}\n单位：万元\n项目\t决算数\n合计\t10.00\n甲\t10.00\n`;
  const doc = (list: string, tables: string): string =>
    `某局2024年度部门决算\n${list}第一部分 部门概况\n一、部门职责\n负责某项工作。\n第二部分 2024年度部门决算表\n${tables}第三部分 2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n收入支出均为10.00万元。\n第四部分 名词解释\n1.基本支出：指人员经费和公用经费。\n`;

  it('reports a table listed in the contents (nine titles) but absent from the body (eight tables)', () => {
    const eight = TITLES.map((t, i) => (i === 3 ? '' : table(t, i + 1))).join('');
    const findings = runRule(outline, doc(contents, eight)).findings;
    // The body's own numbers skip 表4 as well (表3, then 表5): proven from the text, an error.
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['error', '目录（表目）列有“财政拨款收入支出决算总表”，正文中却没有这张表；正文自身的表号缺少第4号'],
    ]);
    // It points at the place in the body where the table belongs (after 表3, before 表5), then at the contents entry.
    expect(findings[0]!.evidence.map((e) => e.quote?.slice(0, 3))).toEqual(['表3 ', '表5 ', '四、财', '某局2']);
    // Numbered on without a gap (the body renumbered 1…8), it is a warning.
    const renumbered = TITLES.filter((_, i) => i !== 3).map((t, i) => table(t, i + 1)).join('');
    expect(runRule(outline, doc(contents, renumbered)).findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('is silent when every listed table stands in the body', () => {
    expect(runRule(outline, doc(contents, TITLES.map((t, i) => table(t, i + 1)).join(''))).findings).toEqual([]);
  });

  it('reads the body as going on past the missing table when the next table stands there empty (its title, no cells to rebuild)', () => {
    // 表1–表7 rebuilt, 表8 absent, 表9 printed empty (本表无数据): only its title and header words — the numbers skip 8.
    const empty = `表9 ${TITLES[8]}\n单位：万元\n项目 本年支出\n合计\n注：本表无数据。\n`;
    const body = TITLES.slice(0, 7).map((t, i) => table(t, i + 1)).join('') + empty;
    expect(runRule(outline, doc(contents, body)).findings.map((f) => [f.severity, f.message])).toEqual([
      ['error', '目录（表目）列有“政府性基金预算财政拨款收入支出决算表”，正文中却没有这张表；正文自身的表号缺少第8号'],
    ]);
    // Without that title the body may simply stop after 表7: nothing said.
    expect(runRule(outline, doc(contents, TITLES.slice(0, 7).map((t, i) => table(t, i + 1)).join(''))).findings).toEqual([]);
  });

  it('is silent on a text holding only the contents, on a body whose tables were not read as tables, and past the last body table', () => {
    expect(runRule(outline, doc(contents, '')).findings).toEqual([]);
    const unread = TITLES.map((t, i) => `表${i + 1} ${t}\n单位：万元\n项目 决算数\n合计 10.00\n`).join('');
    expect(runRule(outline, doc(contents, unread)).findings).toEqual([]);
    // The body stops after 表8 (an excerpt or a cut text): the last table is not reported as missing from the body.
    const cut = TITLES.slice(0, 8).map((t, i) => table(t, i + 1)).join('');
    expect(runRule(outline, doc(contents, cut)).findings).toEqual([]);
    // A title in the body not read as a table (its rows left unsplit) is no list entry: nothing said.
    const oneUnread = TITLES.map((t, i) => (i === 3 ? `表4 ${t}\n单位：万元\n项目 决算数\n合计 10.00\n` : table(t, i + 1))).join('');
    expect(runRule(outline, doc(contents, oneUnread)).findings).toEqual([]);
  });
});

describe('outline of a 部门决算 leaving out a table of funds it says it has none of', () => {
  const table = (title: string): string => `${title}\n公开01表\t单位：元\n项目\t决算数\n合计\t1,000.00\n甲\t1,000.00\n`;
  const titles = ['收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表', '财政拨款“三公”经费支出决算表'];
  const doc = (explanation: string): string =>
    `某局2024年部门决算\n第一部分 部门概况\n一、职能职责\n负责某项工作。\n第二部分 2024年部门决算表\n${titles.map(table).join('')}第三部分 2024年部门决算情况说明\n一、收入支出决算总体情况说明\n收入支出均为1000元。\n${explanation}第四部分 名词解释\n1.基本支出：指人员经费和公用经费。\n`;
  const fund = (text: string) => runRule(outline, text).findings.filter((f) => f.message.includes('政府性基金'));

  it('makes the absence a 提示 (info) when a sentence says the department has none of those funds', () => {
    const said = fund(doc('八、政府性基金预算和国有资本经营预算财政拨款支出决算情况说明\n本局2024年度无政府性基金预算财政拨款收入支出，无国有资本经营预算财政拨款支出，表8、表9未予公开。\n'));
    expect(said.map((f) => f.severity)).toEqual(['info']);
    expect(said[0]!.message).toContain('无此类收支');
    expect(fund(doc('八、其他需要说明的情况\n本单位2024年度没有使用政府性基金预算财政拨款安排的支出。\n')).map((f) => f.severity)).toEqual(['info']);
  });

  it('keeps it a warning when nothing says so, when the sentence reports an amount, or when the own numbers skip one', () => {
    expect(fund(doc('')).map((f) => f.severity)).toEqual(['warning']);
    expect(fund(doc('八、政府性基金预算财政拨款支出决算情况说明\n本年无结余，政府性基金预算财政拨款支出120.00万元。\n')).map((f) => f.severity)).toEqual(['warning']);
    // The document's own numbers skip (表7, then 表9): its own list had the table.
    let n = 0;
    const numbered = doc('八、其他需要说明的情况\n本部门无政府性基金预算财政拨款收支。\n')
      .replace(/^(.+决算(?:总)?表)\n公开01表/gm, (_, t: string) => `表${++n} ${t}\n公开01表`)
      .replace('第三部分', '表9 国有资本经营预算财政拨款支出决算表\n公开09表\t单位：元\n项目\t决算数\n合计\t1,000.00\n甲\t1,000.00\n第三部分');
    expect(fund(numbered).map((f) => f.severity)).toEqual(['warning']);
  });

  it('reads the statement in one clause, no amount beside it', () => {
    expect(statesAbsent('本部门2024年度无政府性基金预算财政拨款收支和国有资本经营预算财政拨款支出。', ['国有资本经营'])).toBe(true);
    expect(statesAbsent('本年无变化，政府性基金预算财政拨款支出为0。', ['政府性基金'])).toBe(false);
    expect(statesAbsent('没有政府性基金预算财政拨款结余，支出36.50万元。', ['政府性基金'])).toBe(false);
    expect(statesAbsent('本部门无政府性基金收支。', [])).toBe(false);
  });
});

describe('outline of a 部门决算 whose table the reader could not rebuild', () => {
  const table = (title: string): string => `${title}\n公开01表\t单位：元\n项目\t决算数\n合计\t1,000.00\n甲\t1,000.00\n`;
  // Cells side by side without separators: no table is rebuilt from these lines.
  const unread = (title: string): string => `${title}\n编制单位：某局 单位：元\n项目 决算数\n合计 1,000.00 2,000.00 3,000.00\n`;
  const titles = ['收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表', '财政拨款“三公”经费支出决算表', '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款支出决算表'];
  const doc = (fourth: string): string =>
    `某局2024年部门决算\n第一部分 部门概况\n一、职能职责\n负责某项工作。\n第二部分 2024年部门决算表\n${titles.map((t, i) => (i === 3 ? fourth : table(t))).join('')}第三部分 2024年部门决算情况说明\n一、收入支出决算总体情况说明\n收入支出均为1000元。\n第四部分 名词解释\n1.基本支出：指人员经费和公用经费。\n`;

  it('finds the table by its unnumbered title right above its unit caption (…决算总表, 2024年度…, …（表4）)', () => {
    for (const title of ['财政拨款收入支出决算总表', '2024年度财政拨款收入支出决算总表', '财政拨款收入支出决算总表（表4）']) {
      expect(runRule(outline, doc(unread(title))).findings).toEqual([]);
    }
  });

  it('still reports the table when its title is not there', () => {
    expect(runRule(outline, doc('')).findings.map((f) => f.severity)).toEqual(['warning']);
  });
});
