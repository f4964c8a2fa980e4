import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { auditText } from '../audit-text.ts';
import { templateResidue } from './template-residue.ts';

describe('template-residue', () => {
  it('reads a field whose value is the funding forms of the form joined by / as the choices left in', () => {
    const messages = (t: string): string[] => runRule(templateResidue, t).findings.map((f) => f.message);
    // Real shape (a kindergarten's 2024 budget, dev 2314), new wording.
    expect(messages('本校为公益一类事业单位，经费性质为：财政全额拨款/差额拨款/自收自支。')).toEqual([expect.stringContaining('全额拨款/差额拨款/自收自支')]);
    // Preconditions: the one form that applies; forms named as a statement (not a field's value); a table row.
    expect(messages('本校为公益一类事业单位，经费性质为：财政全额拨款。')).toEqual([]);
    expect(messages('所属单位中全额拨款/差额拨款单位各1个。')).toEqual([]);
    expect(messages('经费形式\t全额拨款/差额拨款\t1')).toEqual([]);
  });

  it('leaves stars in a site user field (上传人：人****来) and ○ of a written-out numeral (二○○八年) alone (mine2)', () => {
    const quotes = (t: string): string[] => runRule(templateResidue, t).findings.map((f) => f.evidence[0]!.quote ?? '');
    // Real wording: a document site's uploader masked, a notice dated 二○○八年四月十七日 in a copied audit template.
    expect(quotes('上传人：人****来 文档编号：9871306 上传时间：2025-04-11')).toEqual([]);
    expect(quotes('附件：1.预算执行审计报告参考格式 二○○八年四月十七日 附件')).toEqual([]);
    // New wording: another user label without a colon, another year written out (二○二○年度).
    expect(quotes('作者张**发布于2024年。')).toEqual([]);
    expect(quotes('二○二○年度部门整体支出绩效自评报告')).toEqual([]);
    // True positives: stars and circles standing for a name in the report itself.
    expect(quotes('我单位对***进行了审计。')).toEqual(['***']);
    expect(quotes('○○局2024年度部门决算')).toEqual(['○○']);
  });

  it('reads a template literal broken by a wrap inside its sentence (上升（下⏎降）), not one across a paragraph break', () => {
    const wrapped = '2024年度本单位机关运行经费支出12.36万元，比上年减少0.81万元，上升（下\n降）6.15%，主要原因是压减办公经费。';
    expect(runRule(templateResidue, wrapped).findings.map((f) => f.evidence[0]!.quote)).toEqual(['上升（下\n降）']);
    // Look-alike: the words of the alternative meet only across the end of one sentence and a new paragraph.
    expect(runRule(templateResidue, '机关运行经费比上年上升（下列各项均已说明）。\n降低成本的措施见下文。').findings).toEqual([]);
  });

  it('reads a letter or underscores standing for the number of an amount or a rate (合计X万元, 增长___%)', () => {
    const quotes = (t: string): string[] => runRule(templateResidue, t).findings.map((f) => f.evidence[0]!.quote ?? '');
    expect(quotes('本年收入合计X万元，较上年增长___%。')).toEqual(['X万元', '___%']);
    // A Latin word or code before the unit, a number, a table row, a text reported for its XX placeholders.
    expect(quotes('PM2.5浓度下降，采购A型设备10万元，B%类。')).toEqual([]);
    expect(quotes('项目 | X万元 | 10')).toEqual([]);
    expect(quotes('XX局收入合计X万元。')).toEqual(['XX']);
  });

  it('reads an either/or written with slashes between direction or comparison words of two senses', () => {
    const quotes = (t: string): string[] => runRule(templateResidue, t).findings.map((f) => f.evidence[0]!.quote ?? '');
    expect(quotes('本年收入100万元，较上年上升/下降8%。')).toEqual(['上升/下降']);
    expect(quotes('项目支出比上年提高/降低3个百分点。')).toEqual(['提高/降低']);
    expect(quotes('年度决算数大于/小于/等于年初预算数。')).toEqual(['大于/小于/等于']);
    // Words of one sense, a table row, a clause that neither compares nor states a number, and other words around a slash.
    expect(quotes('收入增加/提高较快，比上年多10万元。')).toEqual([]);
    expect(quotes('项目 | 上升/下降 | 8')).toEqual([]);
    expect(quotes('重点关注上升/下降趋势。')).toEqual([]);
    expect(quotes('办法/规定印发后，收入增加/支出减少10万元。')).toEqual([]);
  });

  it('reports placeholders and either/or template wording', () => {
    const { findings } = runRule(templateResidue, 'XX局2024年支出较上年增长（下降）5%。请填写项目名称。');
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['XX', '增长（下降）', '请填写']);
  });

  it('reports a row of empty code boxes once, not a form’s tick boxes', () => {
    expect(runRule(templateResidue, '评价类型: √阶段评价 □结束评价\n项目编码: □□□□□□□□□□□□□□□□□\n').findings.map((f) => f.evidence[0]!.quote)).toEqual(['□□□□□□□□□□□□□□□□□']);
    expect(runRule(templateResidue, '评价类型: √阶段评价 □结束评价 □事后评价□√\n项目编码: 1302011900\n').findings).toEqual([]);
    // Boxes inside a word are characters a copy lost.
    expect(runRule(templateResidue, '本单位为□□□局下属事业单位。\n').findings).toEqual([]);
  });

  it('reports a period left as the form’s blank (第月至第月), not a filled one', () => {
    const blank = runRule(templateResidue, '公开时段：第月至第月').findings;
    expect(blank.map((f) => f.evidence[0]!.quote)).toEqual(['第月']);
    expect(blank[0]!.message).toContain('共2处');
    expect(runRule(templateResidue, '公开时段：第1月至第12月').findings).toEqual([]);
  });

  it('reports a form instruction standing in place of a cell, not a printed note inside a longer text', () => {
    const { findings } = runRule(templateResidue, '评价结论 | 结合自评情况，说明项目实施取得的成效。（200字以内） |\n说明：预算执行率未达到90%的需说明原因（100字以内）；年中调整的应说明理由。');
    expect(findings).toHaveLength(1);
  });

  it('reports the form’s name placeholder left in a heading, not the form’s label with its value', () => {
    expect(runRule(templateResidue, '第一部分:部门（单位）名称概况\n一、主要职能').findings).toHaveLength(1);
    expect(runRule(templateResidue, '部门(单位)名称:  某市城市管理监督指挥中心\n部门（单位）名称\t某局\n部门(单位)名称长沙市某区发展和改革局预算编码302001').findings).toEqual([]);
  });

  it('does not read XX inside a word, stars masking a name or number, or ordinary text', () => {
    expect(runRule(templateResidue, '采购XXL号工作服。支出较上年增长5%。').findings).toEqual([]);
    expect(runRule(templateResidue, '上传人:sc****y 文档编号:663091，联系电话138****5678。').findings).toEqual([]);
    expect(runRule(templateResidue, '我单位***年度收入100万元。').findings).toHaveLength(1);
  });

  it('reads stars standing inside words twice or more as a site masking names (tspend, dev 2140)', () => {
    // Real wording: a copied self-evaluation with its places and programme masked.
    expect(runRule(templateResidue, '****财政局文件，下达**河县2023年资金791万元。\n关于下达2023年乡村**衔接资金的通知。').findings).toEqual([]);
    // New wording: another masked place and unit.
    expect(runRule(templateResidue, '拨付**镇资金5万元，由***学校实施，交付东**村使用。').findings).toEqual([]);
    // True positive: a form's list of unit names left as stars (after a list mark), one mid-word run only.
    expect(runRule(templateResidue, '编制单位共3个，分别是***、****、****。').findings).toHaveLength(1);
  });

  it('leaves a row of empty brackets side by side (a site’s buttons whose labels were lost) alone (tspend, dev 2148)', () => {
    expect(runRule(templateResidue, '2022年11月28日 | 点击数:12158 | 【】【】【').findings).toEqual([]);
    expect(runRule(templateResidue, '发布时间：2023-05-01 【】【】').findings).toEqual([]);
    expect(runRule(templateResidue, '本单位【】年度收入100万元。').findings).toHaveLength(1);
  });

  it('reads stars as the site’s mask where the text says they hide content, as a placeholder otherwise', () => {
    const masked = '下文中****为隐藏内容,仅对会员开放\n****2024年度资金绩效评价表\n我单位***年度收入100万元。';
    expect(runRule(templateResidue, masked).findings).toEqual([]);
    // Every run of stars is one kind of placeholder: one finding, each place an evidence line.
    expect(runRule(templateResidue, masked.replace('为隐藏内容,仅对会员开放', '年度说明')).findings).toHaveLength(1);
  });
});

describe('template-residue: ellipsis blanks', () => {
  it('reports a form sentence left with …… blanks', () => {
    const { findings } = runRule(templateResidue, '本部门内设机构包括…… 。本部门下属单位包括：……。');
    expect(findings.length).toBeGreaterThanOrEqual(1);
  });
});

describe('template-residue: a budget heading among the headings of a 决算', () => {
  const final = ['一、收入支出决算总表', '二、收入决算表', '三、支出决算表', '四、财政拨款收入支出决算总表', '五、一般公共预算财政拨款支出决算表', '六、收入支出决算总体情况说明'];
  it('reports a lone heading in the budget’s wording', () => {
    const text = [...final, '七、政府性基金预算收入支出预算情况', '本部门无政府性基金收支。'].join('\n');
    expect(runRule(templateResidue, text).findings.map((f) => f.evidence[0]!.quote)).toEqual([expect.stringContaining('政府性基金预算收入支出预算情况')]);
  });

  it('says nothing of a budget, or of a text with several budget headings', () => {
    const budget = ['一、收入预算情况说明', '二、支出预算情况说明', '三、“三公”经费支出预算表'].join('\n');
    expect(runRule(templateResidue, budget).findings).toEqual([]);
    expect(runRule(templateResidue, [...final, '七、一般公共预算支出预算表', '八、政府性基金支出预算表'].join('\n')).findings).toEqual([]);
  });
});

describe('template-residue: the form’s instruction left in brackets', () => {
  it('reports a bracketed instruction to the writer in a heading or sentence', () => {
    const text = [
      '二、单位概况（参照上年公开的样式）',
      '（二）人员情况（须填列编制数和实有人数）',
      '本单位下属事业单位2个（注：如无下属单位，应写明“无”）。',
      '（三）重点工作【请列明主要项目】',
    ].join('\n');
    expect(runRule(templateResidue, text).findings.map((f) => f.evidence[0]!.quote)).toEqual([
      '（参照上年公开的样式）',
      '（须填列编制数和实有人数）',
      '（注：如无下属单位，应写明“无”）',
      '【请列明主要项目】',
    ]);
  });

  it('reads a condition closed by 则 and an instruction of what need not be written (如无…则无需阐述)', () => {
    // Real shape (an animal-disease centre's 2021 self-evaluation, spent dev 2369 ex-test18), new wording.
    const text = '（四）其他资金使用情况\n本年无其他资金。\n（五）其他需要说明的事项（如无需要说明的事项则不必说明）\n三、绩效目标完成情况';
    expect(runRule(templateResidue, text).findings.map((f) => f.evidence[0]!.quote)).toEqual(['（如无需要说明的事项则不必说明）']);
    // Look-alikes: content told under a condition, a remark saying what was not needed.
    const content = '（五）其他需要说明的事项（如遇汛期则延后实施）\n本年项目无需调整（无需说明的事项已略）。';
    expect(runRule(templateResidue, content).findings).toEqual([]);
  });

  it('says nothing of bracketed remarks on the content', () => {
    const text = [
      '一般公共预算财政拨款支出决算表（按功能分类）',
      '行政编制10人（含参照公务员法管理的事业单位）。',
      '机关事业单位（参照公务员法管理）',
      '（二）绩效目标完成情况分析（包括完成情况和偏离原因等）',
      '公务接待费（含外宾接待）5万元（需要说明的是，本年无出国）。',
    ].join('\n');
    expect(runRule(templateResidue, text).findings).toEqual([]);
  });
});

describe('template-residue: a rate left blank', () => {
  it('reports a per-cent sign with no number at the end of a rate clause', () => {
    const { findings } = runRule(templateResidue, '工资福利支出120万元，占本年支出%，比上年增长%。');
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['占本年支出%', '增长%']);
  });

  it('says nothing of a header cell, a unit note or a filled rate', () => {
    const text = '项目 | 2024年比2023年增减%\n执行率（%）\n单位：%\n工资福利支出120万元，占本年支出35.5%，比上年增长 3%。';
    expect(runRule(templateResidue, text).findings).toEqual([]);
  });
});

describe('template-residue: both choices of the form left in', () => {
  it('reports a bracketed other choice after a direction or comparison word', () => {
    const text = '决算数大于预算数（或低于预算数）的主要原因是人员增加。\n本年支出比上年提高（降低）5%。';
    expect(runRule(templateResidue, text).findings.map((f) => f.evidence[0]!.quote)).toEqual(['决算数大于预算数（或低于预算数）', '提高（降低）']);
  });

  it('says nothing of a remark that explains or names the change', () => {
    const text = '比上年减少（主要是增加了培训）5万元。比上年同口径下降（以下简称“下降”）3%。依法审理（或执行）案件。决算数大于预算数（或超过预算数）。';
    expect(runRule(templateResidue, text).findings).toEqual([]);
  });

  it('reports each kind of placeholder once per document, with every place as evidence', () => {
    const text = 'XX区2019年度绩效自评报告\n下达资金XX万元，资金到位XX万元。\n共计XXXXXX万元；另增长（下降）5%。';
    const { findings } = runRule(templateResidue, text);
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['XX', '增长（下降）']);
    const xx = findings[0]!;
    expect(xx.message).toContain('全文共4处');
    expect(xx.message).toContain('第1、2、3行');
    // The first place is the quote, then one evidence line per place.
    expect(xx.evidence).toHaveLength(5);
    expect(xx.evidence[0]!.start).toBe(0);
    expect(xx.evidence.slice(1).map((e) => e.line)).toEqual([1, 2, 2, 3]);
  });

  it('reports square-bracket placeholders, simplified or traditional, not reference numbers or footnotes', () => {
    const { findings } = runRule(templateResidue, '1.項目名稱：[項目具體名稱]\n如建設[X]公里道路、新增[X]戶就業，合格率達到[X]%。');
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['[项目具体名称]', '[X]']);
    expect(findings[1]!.message).toContain('共3处');
    expect(runRule(templateResidue, '根据财预[2024]5号文件[1]，详见[某局官网名称](http://a.b)。').findings).toEqual([]);
  });

  it('reports a cover year left blank, not a filled one', () => {
    expect(runRule(templateResidue, '自评汇报\n( 年度)\n').findings.map((f) => f.evidence[0]!.quote)).toEqual(['（ 年度）']);
    expect(runRule(templateResidue, '自评报告\n（    年度）\n').findings).toHaveLength(1);
    expect(runRule(templateResidue, '自评报告\n（2024年度）\n本年度（年）').findings).toEqual([]);
  });
  it('reports the report’s own date field left blank on its cover (填报日期 年 月 日), not a filled one or a stamp block’s date line', () => {
    const quotes = (t: string): string[] => runRule(templateResidue, t).findings.map((f) => f.evidence[0]!.quote ?? '');
    expect(quotes('部门(单位)全称: 党坝镇人民政府 (公章)\n填报日期 年 月 日\n平泉市财政局制\n')).toEqual(['填报日期 年 月 日']);
    expect(quotes('报告日期：____年__月__日\n')).toHaveLength(1);
    // Look-alikes: a filled date; the date line of a stamp or signature block, filled by hand on paper.
    expect(quotes('填报日期：2023年7月13日\n')).toEqual([]);
    expect(quotes('财政资金管理科室(盖章) 年 月 日 | 财政绩效管理科室(盖章) 年 月 日 |\n')).toEqual([]);
    expect(quotes('单位负责人签字：\n年月日\n')).toEqual([]);
  });
  it('reports a note that tells the form’s filers what to fill in, not a note on the data or one without a filing verb', () => {
    const quotes = (t: string): string[] => runRule(templateResidue, t).findings.map((f) => f.evidence[0]!.quote ?? '');
    // Two wordings of the form's instruction to its filers, left in the published table or report.
    expect(quotes('绩效指标 | 指标值\n产出指标 | 100%\n注：请各单位按本地实际支出情况对照上表逐项填列，不得漏项。\n')).toHaveLength(1);
    expect(quotes('三、绩效目标完成情况\n备注:各乡镇须根据本地项目特点,自行选择合适的指标填报。\n四、存在问题')).toHaveLength(1);
    expect(quotes('填表说明：本栏务必由项目实施单位如实填写完成值。\n')).toHaveLength(1);
    // Look-alikes: a note on where the data come from; a note that the forms were filed (no addressed modal); a
    // contact note (a modal, no filing verb); a printed note asking for an explanation; an instruction inside prose.
    expect(quotes('注：本表数据来源于财决07表，仅罗列本单位实际支出涉及的经济分类科目。\n')).toEqual([]);
    expect(quotes('注：本部门已按县财政局要求填报2023年度绩效自评表，自评结果已报送。\n')).toEqual([]);
    expect(quotes('说明：如需查询详细数据，请致电本局财务股。\n')).toEqual([]);
    expect(quotes('注：预算执行率未达到90%的须说明原因。\n')).toEqual([]);
    expect(quotes('一、基本情况\n县财政局通知各单位须于3月底前填报自评表，本局按时完成。\n')).toEqual([]);
    // The table's key to its cells (fill in a quoted code): the reader of the published table needs it too.
    expect(quotes('说明：1.请在对应的学校类别栏中填写“√”，其余栏空白。\n2.受益人数取全年最大数。\n')).toEqual([]);
    expect(quotes('说明：1.请在对应的学校类别栏中如实填写受益人数。\n')).toHaveLength(1);
  });

  it('reports a reason left as the template’s ellipsis (主要原因是……), not an ellipsis ending a list', () => {
    const left = runRule(templateResidue, '行政运行（项）支出决算为263.91万元，完成调整预算的95.91%，主要原因是……。').findings;
    expect(left.map((f) => f.evidence[0]!.quote)).toEqual(['原因是......']);
    expect(runRule(templateResidue, '行政运行（项）支出决算为263.91万元，主要原因是压减办公费、差旅费……等一般性支出。').findings).toEqual([]);
    expect(runRule(templateResidue, '主要原因是人员调整。').findings).toEqual([]);
  });

  it('reports the either/or comparison whose bracket was lost, the two words fused (决算数大小于预算数)', () => {
    const found = (t: string): string[] => runRule(templateResidue, t).findings.map((f) => f.evidence[0]!.quote ?? '');
    expect(found('支出决算为7.69万元，决算数大小于预算数的主要原因是疫情影响。')).toEqual(['大小于']);
    expect(found('公务接待费决算数高低于上年的原因是接待减少。')).toEqual(['高低于']);
    // A reading gloss between the words of a mirror copy does not hide the budget after it.
    expect(found('决算数（shù）大小于预算数（shù）。')).toEqual(['大小于']);
    // One word chosen, a size (大小) before 于 of another kind, or no budget or year after: nothing.
    expect(found('决算数小于预算数的主要原因是疫情影响。')).toEqual([]);
    expect(found('项目规模大小于100万元的不纳入。')).toEqual([]);
    expect(found('项目\t大小于预算\t')).toEqual([]);
  });

  it('reports the bare name placeholder (部门名称) where it opens a title line, not as a label or a table header', () => {
    const found = (t: string): number => runRule(templateResidue, t).findings.filter((f) => f.message.includes('部门名称') || f.message.includes('单位名称')).length;
    expect(found('第一部分部门名称概况\n一、主要职能')).toBe(1);
    expect(found('第二部分部门名称2022年度部门决算表')).toBe(1);
    expect(found('单位名称2022年度单位决算')).toBe(1);
    // A label, a table's header, a form's field, a sentence: nothing.
    expect(found('单位名称：某局2024年度部门决算')).toBe(0);
    expect(found('部门名称\t2024年预算数\t2023年预算数')).toBe(0);
    expect(found('部门名称 2024年预算数')).toBe(0);
    expect(found('填报单位名称2024年度')).toBe(0);
    expect(found('本部门名称为某局，2024年度部门决算如下。')).toBe(0);
  });

  it('reports the bare name placeholder glued before the year and kind of the report inside a sentence (纳入部门名称2022年度部门决算…)', () => {
    // Real shape (the 单位构成 sentence of a town's 2022 决算, spent dev 2338), new wording.
    const found = (t: string): number => runRule(templateResidue, t).findings.filter((f) => f.message.includes('部门名称') || f.message.includes('单位名称')).length;
    expect(found('二、部门决算单位构成\n纳入部门名称2023年度部门决算编制范围的单位共2个。')).toBe(1);
    expect(found('现将单位名称2024年单位预算公开如下。')).toBe(1);
    // Not glued, a table row, or no report kind after the year: nothing.
    expect(found('纳入部门名称 2023年度部门决算编制范围的单位共2个。')).toBe(0);
    expect(found('部门名称\t2023年度部门决算\t备注')).toBe(0);
    expect(found('纳入部门名称2023年度编制范围的单位共2个。')).toBe(0);
  });
});

describe('template-residue: stars alone are a site mask (fcrules, first contact)', () => {
  const of = (text: string): string[][] =>
    auditText(text, { fiscalYear: 2022 })
      .findings.filter((f) => f.rule === 'template-residue')
      .map((f) => [f.shape ?? '', f.severity]);

  it('makes stars with no other template evidence a 提示, and keeps them a 警告 beside another placeholder', () => {
    // New wording: a copied evaluation whose site hid the unit's name at the head of a table and in a sentence.
    const masked = '2022年度科技计划项目绩效评价报告\n一、项目概况\n本次评价由******牵头组织，抽取项目12个。\n附表：******项目绩效评价抽样明细表\n';
    expect(of(masked)).toEqual([['stars-alone', 'info']]);
    // With the form's XX left in as well, the stars are the form's blanks too: both stay 警告.
    const form = masked.replace('抽取项目12个', '抽取项目XX个');
    expect(of(form)).toEqual([
      ['literal', 'warning'],
      ['literal', 'warning'],
    ]);
  });
});

describe('template-residue: one finding per kind of placeholder, whatever its case (fcrules)', () => {
  it('reports XX, xx and ×× of one text as one placeholder, each place an evidence line', () => {
    // New wording: a town's self-evaluation form with its blanks written three ways.
    const text = 'XX镇2023年度衔接资金项目绩效自评报告\n一、项目概况\n2023年我镇共实施项目xx个，下达资金XX万元，资金到位率××%。\n';
    const found = runRule(templateResidue, text).findings;
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('全文共4处');
    expect(found[0]!.evidence.length).toBe(5);
    // Another kind of residue in the same text stays a finding of its own.
    expect(runRule(templateResidue, `${text}较上年增加（减少）5万元。\n`).findings).toHaveLength(2);
  });
});

describe('template-residue: a bracket telling the writer to insert or paste something here (agoal)', () => {
  const notes = (t: string): string[] => runRule(templateResidue, t).findings.filter((f) => f.shape === 'template-note').map((f) => f.evidence[0]!.quote ?? '');
  it('reports （此处粘贴…） and （在此插入…） left in the text', () => {
    expect(notes('三、项目完成情况\n（此处粘贴项目绩效自评表截图）\n全年完成图书采购。')).toEqual(['（此处粘贴项目绩效自评表截图）']);
    expect(notes('附件：（在此插入资金明细表）')).toEqual(['（在此插入资金明细表）']);
  });
  it('leaves brackets that only name a place or an insert as content alone', () => {
    expect(notes('在馆内此处设立了阅读角（插入式书架12组）。')).toEqual([]);
    expect(notes('新建书屋（此处指村级农家书屋）15个。')).toEqual([]);
  });
});

describe('template-residue: the form’s place for a table left as text', () => {
  it('reads a bracket opening with 此处 and a verb of putting in', () => {
    const found = (t: string): string[] => runRule(templateResidue, t).findings.map((f) => f.evidence[0]!.quote ?? '');
    expect(found('二、绩效指标完成情况\n各项指标完成情况见下表（此处粘贴项目支出绩效自评表）。\n')).toEqual(['（此处粘贴项目支出绩效自评表）']);
    expect(found('二、绩效指标完成情况\n各项指标完成情况见下表（单位：万元）。\n')).toEqual([]);
  });
});

describe('template-residue: a writer\'s remark cut by a copy\'s line break (ainv)', () => {
  const notes = (t: string): string[] => runRule(templateResidue, t).findings.filter((f) => f.shape === 'template-note').map((f) => f.evidence[0]!.quote ?? '');
  it('reads the remark across a wrap inside its sentence, and not across a paragraph\'s end', () => {
    expect(notes('二、绩效目标完成情况\n各项指标的年度目标值和实际完成值详见附表（在此粘贴部门整体支\n出绩效自评表）。\n')).toEqual(['（在此粘贴部门整体支\n出绩效自评表）']);
    // A line closed by 。 ends the paragraph: a bracket opened there and closed on the next line is no one remark.
    expect(notes('二、绩效目标完成情况\n各项指标完成情况良好（在此粘贴。\n出绩效自评表）。\n')).toEqual([]);
  });
});

describe('template-residue: a slot of the form left inside a sentence (atext)', () => {
  const found = (t: string): string[] => runRule(templateResidue, t).findings.map((f) => f.evidence[0]!.quote ?? '');
  it('reports a 【】 slot naming what belongs there, words on both sides', () => {
    expect(found('三、下一步措施\n（一）强化资金监管，由【项目单位名称】会同财政所按季度开展核查。')).toEqual(['【项目单位名称】']);
    expect(found('（一）强化资金监管，由【责任单位】会同财政所按季度开展核查。')).toEqual([]);
    expect(found('【项目名称】城东水库除险加固工程\n【实施单位】清江县水利局')).toEqual([]);
  });
  it('reports a year whose last digit is left as the form\'s letter', () => {
    expect(found('我镇印发了《石门镇202X年度预算绩效管理工作要点》。')).toEqual(['202X']);
    expect(found('我镇印发了《石门镇2023年度预算绩效管理工作要点》，型号A202X年产。')).toEqual([]);
  });
});
