/** The editor's sections (tabs): each a form over one part of the department-year. */
import { Button, Card, Col, Descriptions, Divider, Input, Popconfirm, Row, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorText, get } from '../api.ts';
import { displayText } from '../lib/money-input.ts';
import { type Path, pathText } from '../paths.ts';
import { getIn, useEditor } from './editor-context.tsx';
import { AmountInput, ChoiceInput, CountInput, FieldFindings, FlagInput, LongText, PercentInput, ScoreInput, TagsInput, TextInput } from './fields.tsx';
import { PhasedLinesTable, PhasedRow } from './tables.tsx';

function Field({ label, path, children, below = false }: { label: string; path: Path; children: React.ReactNode; below?: boolean }) {
  return (
    <div style={{ marginBottom: 14 }}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
        {label}
      </Typography.Text>
      {children}
      <FieldFindings path={path} below={below} />
    </div>
  );
}

const KIND_OPTIONS = [
  { value: 'administrative', label: '行政单位' },
  { value: 'civil-service-managed', label: '参照公务员法管理事业单位' },
  { value: 'public-institution', label: '事业单位' },
];

export function BasicSection() {
  const { dy } = useEditor();
  return (
    <Row gutter={32}>
      <Col span={12}>
        <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
          <Descriptions.Item label="地区">{[dy.region.province, dy.region.city, dy.region.county].filter(Boolean).join(' ')}（{dy.region.code}）</Descriptions.Item>
          <Descriptions.Item label="年度">{dy.fiscalYear}年</Descriptions.Item>
        </Descriptions>
        <Field label="单位名称" path={['department', 'name']}>
          <TextInput path={['department', 'name']} />
        </Field>
        <Field label="简称" path={['department', 'shortNames']}>
          <TagsInput path={['department', 'shortNames']} placeholder="如：商务局、我局" />
        </Field>
        <Field label="主管部门" path={['department', 'supervisor']}>
          <TextInput path={['department', 'supervisor']} />
        </Field>
        <Field label="单位性质" path={['department', 'kind']}>
          <ChoiceInput path={['department', 'kind']} options={KIND_OPTIONS} width={280} />
        </Field>
      </Col>
      <Col span={12}>
        <Field label="内设机构" path={['department', 'internalUnits']} below>
          <TagsInput path={['department', 'internalUnits']} />
        </Field>
        <Field label="文中所述内设机构数" path={['department', 'statedInternalUnitCount']}>
          <CountInput path={['department', 'statedInternalUnitCount']} />
        </Field>
        <Field label="下属单位" path={['department', 'subordinateUnits']}>
          <TagsInput path={['department', 'subordinateUnits']} />
        </Field>
        <Field label="主要职能" path={['department', 'duties']}>
          <LongText path={['department', 'duties']} rows={6} />
        </Field>
      </Col>
    </Row>
  );
}

const ESTABLISHMENT_OPTIONS = [
  { value: 'administrative', label: '行政编制' },
  { value: 'public-institution', label: '事业编制' },
  { value: 'civil-service-managed', label: '参公编制' },
  { value: 'logistics', label: '工勤编制' },
  { value: 'other', label: '其他' },
];

export function StaffingSection() {
  const { dy, set, readOnly } = useEditor();
  const rows = dy.staffing.establishment.map((e, index) => ({ ...e, index }));
  return (
    <Row gutter={32}>
      <Col span={14}>
        <Typography.Title level={5}>编制情况</Typography.Title>
        <Table
          scroll={{ x: 'max-content' }}
          size="small"
          rowKey="index"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: '编制类型', key: 'type', render: (_, r) => <ChoiceInput path={['staffing', 'establishment', r.index, 'type']} options={ESTABLISHMENT_OPTIONS} width={160} /> },
            { title: '编制数（人）', key: 'count', render: (_, r) => <CountInput path={['staffing', 'establishment', r.index, 'count']} /> },
            {
              title: '',
              key: 'remove',
              render: (_, r) =>
                readOnly ? null : (
                  <Button type="link" danger size="small" onClick={() => set(['staffing', 'establishment'], dy.staffing.establishment.filter((_x, i) => i !== r.index))}>
                    删除
                  </Button>
                ),
            },
          ]}
        />
        {!readOnly && (
          <Button style={{ marginTop: 8 }} onClick={() => set(['staffing', 'establishment'], [...dy.staffing.establishment, { type: 'administrative', count: 0 }])}>
            添加编制类型
          </Button>
        )}
        <FieldFindings path={['staffing', 'establishment']} below />
      </Col>
      <Col span={10}>
        <Field label="编制总数（文中所述）" path={['staffing', 'establishmentTotal']}>
          <CountInput path={['staffing', 'establishmentTotal']} />
        </Field>
        <Field label="年末在职人数" path={['staffing', 'inPost']}>
          <CountInput path={['staffing', 'inPost']} />
        </Field>
        <Field label="离退休人数" path={['staffing', 'retirees']}>
          <CountInput path={['staffing', 'retirees']} />
        </Field>
        <FieldFindings path={['staffing', 'otherStatedCounts']} below />
      </Col>
    </Row>
  );
}

/** 指标值的比较方式 as a user reads it (≥, not the stored >=). */
const OPERATOR_LABEL: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '＝', '>': '＞', '<': '＜', qualitative: '定性' };
const OPERATORS = ['>=', '<=', '=', '>', '<', 'qualitative'].map((v) => ({ value: v, label: OPERATOR_LABEL[v] ?? v }));

function IndicatorsTable({ path }: { path: Path }) {
  const { dy, set, readOnly } = useEditor();
  const list = ((getIn(dy, path) as Record<string, unknown>[] | undefined) ?? []).map((x, index) => ({ ...x, index }));
  const text = (p: Path) => <TextInput path={p} />;
  return (
    <>
      <Table
        size="small"
        rowKey="index"
        dataSource={list}
        pagination={list.length > 10 ? { pageSize: 10 } : false}
        scroll={{ x: 1100 }}
        columns={[
          { title: '一级指标', key: 'l1', width: 110, render: (_, r) => text([...path, r.index, 'level1']) },
          { title: '二级指标', key: 'l2', width: 110, render: (_, r) => text([...path, r.index, 'level2']) },
          { title: '三级指标', key: 'name', width: 200, render: (_, r) => (<>{text([...path, r.index, 'name'])}<FieldFindings path={[...path, r.index]} below /></>) },
          {
            title: '运算符',
            key: 'op',
            width: 90,
            render: (_, r) =>
              readOnly ? (
                OPERATORS.find((o) => o.value === getIn(dy, [...path, r.index, 'operator']))?.label ?? ''
              ) : (
              <Select
                value={getIn(dy, [...path, r.index, 'operator']) as string}
                options={OPERATORS}
                style={{ width: 80 }}
                onChange={(v: string) => set([...path, r.index, 'operator'], v)}
              />
            ),
          },
          { title: '年度指标值', key: 'target', width: 120, render: (_, r) => <ValueInput path={[...path, r.index, 'target']} /> },
          { title: '单位', key: 'unit', width: 70, render: (_, r) => text([...path, r.index, 'unit']) },
          { title: '实际完成值', key: 'actual', width: 120, render: (_, r) => <ValueInput path={[...path, r.index, 'actual']} /> },
          {
            title: '其中（属于）',
            key: 'partOf',
            width: 170,
            render: (_, r) => <PartOfInput path={[...path, r.index, 'partOf']} names={list.filter((x) => x.index !== r.index).map((x) => String((x as Record<string, unknown>)['name'] ?? ''))} />,
          },
          { title: '分值', key: 'weight', width: 90, render: (_, r) => <ScoreInput path={[...path, r.index, 'weight']} width={80} /> },
          { title: '得分', key: 'score', width: 90, render: (_, r) => <ScoreInput path={[...path, r.index, 'score']} width={80} /> },
          { title: '偏差原因', key: 'dev', width: 180, render: (_, r) => text([...path, r.index, 'deviationReason']) },
          {
            title: '',
            key: 'rm',
            width: 60,
            render: (_, r) =>
              readOnly ? null : (
                <Button type="link" danger size="small" onClick={() => set(path, list.filter((x) => x.index !== r.index).map(({ index: _i, ...rest }) => rest))}>
                  删除
                </Button>
              ),
          },
        ]}
      />
      {!readOnly && (
        <Button size="small" style={{ marginTop: 6 }} onClick={() => set(path, [...list.map(({ index: _i, ...rest }) => rest), { name: '新指标', operator: '>=' }])}>
          添加指标
        </Button>
      )}
    </>
  );
}

/** 「其中」: the indicator of the same list whose 实际完成值 this one is a part of (新签约项目30个，其中…11个). */
function PartOfInput({ path, names }: { path: Path; names: string[] }) {
  const { dy, set, readOnly } = useEditor();
  const v = getIn(dy, path) as string | undefined;
  if (readOnly) return <span>{v ?? '—'}</span>;
  const options = [...new Set([...names.filter(Boolean), ...(v ? [v] : [])])].map((n) => ({ value: n, label: n }));
  return <Select data-path={pathText(path)} value={v} allowClear placeholder="不属于其他指标" options={options} style={{ width: 160 }} onChange={(x: string | undefined) => set(path, x)} />;
}

/** A target or actual value: a number for quantitative indicators, text for qualitative ones. */
function ValueInput({ path }: { path: Path }) {
  const { dy, set, readOnly } = useEditor();
  const v = getIn(dy, path) as string | number | undefined;
  if (readOnly) return <span style={{ whiteSpace: 'pre-wrap' }}>{v === undefined ? '—' : String(v)}</span>;
  return (
    <Input
      value={v === undefined ? '' : String(v)}
      onChange={(e) => {
        const t = e.target.value;
        set(path, t === '' ? undefined : /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t);
      }}
    />
  );
}

export function GoalsSection() {
  const { dy, set, readOnly } = useEditor();
  return (
    <>
      {dy.goals.map((g, i) => (
        <Card
          // biome-ignore lint/suspicious/noArrayIndexKey: goals are edited in place by position (their paths use the index)
          key={`goal-${i}`}
          size="small"
          style={{ marginBottom: 16 }}
          title={<TextInput path={['goals', i, 'title']} width="100%" />}
          extra={
            !readOnly && (
              <Popconfirm title="删除此目标及其指标？" onConfirm={() => set(['goals'], dy.goals.filter((_x, j) => j !== i))}>
                <Button type="link" danger size="small">
                  删除目标
                </Button>
              </Popconfirm>
            )
          }
        >
          <Field label="目标说明" path={['goals', i, 'description']}>
            <LongText path={['goals', i, 'description']} rows={2} />
          </Field>
          <IndicatorsTable path={['goals', i, 'indicators']} />
        </Card>
      ))}
      {!readOnly && <Button onClick={() => set(['goals'], [...dy.goals, { title: '新绩效目标', indicators: [] }])}>添加绩效目标</Button>}
      {dy.goals.length === 0 && <Typography.Paragraph type="secondary">尚未填写绩效目标。</Typography.Paragraph>}
    </>
  );
}

export function RevenueSection() {
  return (
    <>
      <PhasedRow label="收入合计" path={['revenue', 'total']} />
      <Divider titlePlacement="start">收入按来源</Divider>
      <PhasedLinesTable path={['revenue', 'bySource']} codeLabel="来源代码" nameLabel="收入来源" />
    </>
  );
}

export function ExpenditureSection() {
  return (
    <>
      <PhasedRow label="支出合计" path={['expenditure', 'total']} />
      <Divider titlePlacement="start">按性质</Divider>
      <PhasedRow label="基本支出" path={['expenditure', 'byNature', 'basic', 'amounts']} />
      <PhasedRow label="　其中：人员经费" path={['expenditure', 'byNature', 'basic', 'personnel']} />
      <PhasedRow label="　　　　公用经费" path={['expenditure', 'byNature', 'basic', 'publicExpense']} />
      <PhasedRow label="项目支出" path={['expenditure', 'byNature', 'project', 'amounts']} />
      <FieldFindings path={['expenditure', 'byNature']} />
      <Divider titlePlacement="start">预算调整明细</Divider>
      <BudgetAdjustmentsTable />
      <Divider titlePlacement="start">按功能分类（类/款/项）</Divider>
      <PhasedLinesTable path={['expenditure', 'byFunction']} codeLabel="功能分类代码" />
      <Divider titlePlacement="start">按经济分类</Divider>
      <PhasedLinesTable path={['expenditure', 'byEconomic']} codeLabel="经济分类代码" />
      <Divider titlePlacement="start">基本支出按经济分类</Divider>
      <PhasedLinesTable path={['expenditure', 'byNature', 'basic', 'byEconomic']} codeLabel="经济分类代码" />
    </>
  );
}

const ADJUSTMENT_KIND_OPTIONS = [
  { value: 'increase', label: '追加' },
  { value: 'decrease', label: '追减' },
  { value: 'structural', label: '结构调整' },
];
const ADJUSTMENT_CAUSE_OPTIONS = [
  { value: 'ordinary', label: '一般调整' },
  { value: 'national-policy', label: '执行国家政策' },
  { value: 'force-majeure', label: '不可抗力' },
  { value: 'assigned-task', label: '上级或本级党委政府临时交办' },
];

/**
 * The year's budget adjustments, each classified as 财预〔2013〕53号 counts them. Not filled in means not
 * classified (预算调整率 says 需补充); 「本年无预算调整」 states an empty list.
 */
function BudgetAdjustmentsTable() {
  const { dy, set, readOnly } = useEditor();
  const list = dy.budgetAdjustments;
  const rows = (list ?? []).map((a, index) => ({ ...a, index }));
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        用于“预算调整率”：追加、追减和结构调整计入；因执行国家政策、不可抗力、上级或本级党委政府临时交办而调整的不计入。
        {list === undefined ? '尚未填写：预算调整率暂按需补充处理。' : list.length === 0 ? '已确认本年无预算调整。' : ''}
      </Typography.Paragraph>
      {rows.length > 0 && (
        <Table
          scroll={{ x: 'max-content' }}
          size="small"
          rowKey="index"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: '调整事项', key: 'd', render: (_, r) => (<><TextInput path={['budgetAdjustments', r.index, 'description']} width={260} /><FieldFindings path={['budgetAdjustments', r.index]} below /></>) },
            { title: '类型', key: 'k', render: (_, r) => <ChoiceInput path={['budgetAdjustments', r.index, 'kind']} options={ADJUSTMENT_KIND_OPTIONS} width={120} /> },
            { title: '金额（万元）', key: 'a', render: (_, r) => <AmountInput path={['budgetAdjustments', r.index, 'amount']} /> },
            { title: '调整原因', key: 'c', render: (_, r) => <ChoiceInput path={['budgetAdjustments', r.index, 'cause']} options={ADJUSTMENT_CAUSE_OPTIONS} width={240} /> },
            {
              title: '',
              key: 'rm',
              render: (_, r) =>
                readOnly ? null : (
                  <Button type="link" danger size="small" onClick={() => set(['budgetAdjustments'], (list ?? []).filter((_x, i) => i !== r.index))}>
                    删除
                  </Button>
                ),
            },
          ]}
        />
      )}
      <FieldFindings path={['budgetAdjustments']} />
      {!readOnly && (
        <Space style={{ marginTop: 8 }}>
          <Button onClick={() => set(['budgetAdjustments'], [...(list ?? []), { description: '新调整事项', kind: 'increase', amount: 0, cause: 'ordinary' }])}>添加预算调整</Button>
          {list === undefined && (
            <Button data-testid="no-budget-adjustments" onClick={() => set(['budgetAdjustments'], [])}>
              本年无预算调整
            </Button>
          )}
          {list !== undefined && list.length === 0 && <Button onClick={() => set(['budgetAdjustments'], undefined)}>撤销“无预算调整”</Button>}
        </Space>
      )}
    </>
  );
}

export function ProjectsSection() {
  const { dy, set, readOnly } = useEditor();
  const rows = dy.projects.map((p, index) => ({ ...p, index }));
  return (
    <>
      <Table
        scroll={{ x: 'max-content' }}
        size="small"
        rowKey="index"
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10 } : false}
        expandable={{
          expandedRowRender: (r) => (
            <>
              <Field label="项目绩效目标" path={['projects', r.index, 'goal']}>
                <LongText path={['projects', r.index, 'goal']} rows={2} />
              </Field>
              <IndicatorsTable path={['projects', r.index, 'indicators']} />
            </>
          ),
        }}
        columns={[
          { title: '项目名称', key: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'), render: (_, r) => (<><TextInput path={['projects', r.index, 'name']} /><FieldFindings path={['projects', r.index]} below /></>) },
          { title: '功能分类', key: 'fc', width: 110, render: (_, r) => <TextInput path={['projects', r.index, 'functionCode']} /> },
          { title: '重点项目', key: 'key', width: 120, render: (_, r) => <FlagInput path={['projects', r.index, 'isKey']} /> },
          { title: '年初预算数', key: 'ib', width: 165, render: (_, r) => <AmountInput path={['projects', r.index, 'amounts', 'initialBudget']} /> },
          { title: '全年预算数', key: 'ab', width: 165, render: (_, r) => <AmountInput path={['projects', r.index, 'amounts', 'adjustedBudget']} /> },
          { title: '决算数', key: 'f', width: 165, sorter: (a, b) => (a.amounts.final ?? 0) - (b.amounts.final ?? 0), render: (_, r) => <AmountInput path={['projects', r.index, 'amounts', 'final']} /> },
          { title: '自评得分', key: 's', width: 100, render: (_, r) => <ScoreInput path={['projects', r.index, 'selfScore']} width={90} /> },
          {
            title: '',
            key: 'rm',
            width: 60,
            render: (_, r) =>
              readOnly ? null : (
                <Popconfirm title="删除此项目？" onConfirm={() => set(['projects'], dy.projects.filter((_x, i) => i !== r.index))}>
                  <Button type="link" danger size="small">
                    删除
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {!readOnly && (
        <Button style={{ marginTop: 8 }} onClick={() => set(['projects'], [...dy.projects, { name: '新项目', amounts: {}, fundSources: [], indicators: [] }])}>
          添加项目
        </Button>
      )}
    </>
  );
}

const THREE_PUBLIC_ROWS = [
  ['total', '“三公”经费合计'],
  ['reception', '公务接待费'],
  ['overseasTravel', '因公出国（境）费'],
  ['vehicles', '公务用车购置及运行维护费'],
  ['vehiclePurchase', '　其中：公务用车购置费'],
  ['vehicleOperation', '　　　　公务用车运行维护费'],
] as const;

export function ThreePublicSection() {
  return (
    <>
      <Table
        scroll={{ x: 'max-content' }}
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={THREE_PUBLIC_ROWS.map(([key, label]) => ({ key, label }))}
        columns={[
          { title: '项目', dataIndex: 'label', key: 'label', width: 280, render: (label: string, r) => (<div style={{ width: 260, whiteSpace: 'normal' }}>{label}<FieldFindings path={['threePublic', r.key]} below /></div>) },
          { title: '上年预算数（万元）', key: 'lyb', render: (_, r) => <AmountInput path={['threePublic', r.key, 'lastYearBudget']} /> },
          { title: '上年决算数（万元）', key: 'ly', render: (_, r) => <AmountInput path={['threePublic', r.key, 'lastYearFinal']} /> },
          { title: '本年预算数（万元）', key: 'b', render: (_, r) => <AmountInput path={['threePublic', r.key, 'budget']} /> },
          { title: '本年决算数（万元）', key: 'f', render: (_, r) => <AmountInput path={['threePublic', r.key, 'final']} /> },
        ]}
      />
      <Field label="“三公”经费管理情况" path={['narrative', 'threePublicManagement']}>
        <LongText path={['narrative', 'threePublicManagement']} rows={3} />
      </Field>
      <Divider titlePlacement="start">政府采购、结转结余与固定资产</Divider>
      <Space wrap size="large" align="start">
        <Field label="政府采购预算" path={['procurement', 'budget']}><AmountInput path={['procurement', 'budget']} /></Field>
        <Field label="政府采购实际" path={['procurement', 'actual']}><AmountInput path={['procurement', 'actual']} /></Field>
        <Field label="年初结转结余" path={['carryOver', 'beginning']}><AmountInput path={['carryOver', 'beginning']} /></Field>
        <Field label="年末结转结余" path={['carryOver', 'ending']}><AmountInput path={['carryOver', 'ending']} /></Field>
        <Field label="固定资产原值合计" path={['fixedAssets', 'totalOriginalValue']}><AmountInput path={['fixedAssets', 'totalOriginalValue']} /></Field>
        <Field label="在用固定资产原值" path={['fixedAssets', 'inUseOriginalValue']}><AmountInput path={['fixedAssets', 'inUseOriginalValue']} /></Field>
        <Field label="固定资产入账标准（单位价值）" path={['fixedAssets', 'statedThreshold']}><AmountInput path={['fixedAssets', 'statedThreshold']} /></Field>
      </Space>
      <FixedAssetsFromRegister />
    </>
  );
}

/** The fixed-asset totals as the asset register states them for the year, filled in on request. */
function FixedAssetsFromRegister() {
  const { dy, set, readOnly } = useEditor();
  const [state, setState] = useState<{ total: number; inUse: number; count: number } | string | null>(null);
  const id = `${dy.region.code}.${dy.department.code}`;
  useEffect(() => {
    get<{ utilisation: { totalOriginalValue: number; inUseOriginalValue: number; assetCount: number } }>(`/api/departments/${encodeURIComponent(id)}/assets/indicators?year=${dy.fiscalYear}`)
      .then((r) => setState({ total: r.utilisation.totalOriginalValue, inUse: r.utilisation.inUseOriginalValue, count: r.utilisation.assetCount }))
      .catch((e: unknown) => setState(errorText(e)));
  }, [id, dy.fiscalYear]);
  if (state === null) return null;
  if (typeof state === 'string') return <Typography.Text type="secondary">资产台账：{state}</Typography.Text>;
  if (state.count === 0) return <Typography.Text type="secondary">资产台账中还没有资产；导入台账后可从台账填入原值合计。</Typography.Text>;
  const same = dy.fixedAssets.totalOriginalValue === state.total && dy.fixedAssets.inUseOriginalValue === state.inUse;
  return (
    <Space wrap data-testid="fixed-assets-register">
      <Typography.Text type="secondary">
        资产台账：{state.count} 项，原值合计 {displayText(state.total, 2)}万元，在用 {displayText(state.inUse, 2)}万元
      </Typography.Text>
      {!readOnly && !same && (
        <Button
          size="small"
          data-testid="fill-fixed-assets"
          onClick={() => {
            set(['fixedAssets', 'totalOriginalValue'], state.total);
            set(['fixedAssets', 'inUseOriginalValue'], state.inUse);
          }}
        >
          从资产台账填入
        </Button>
      )}
    </Space>
  );
}

/** Where a figure of this tab goes: the 财预〔2013〕53号 indicator it feeds. */
function Feeds({ children }: { children: React.ReactNode }) {
  return (
    <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
      {children}
    </Typography.Paragraph>
  );
}

/**
 * The counts and rates behind the 53号 indicators no budget table holds: 支付进度, 工作任务, 重点工作 and the
 * 满意度调查. Empty means not stated: the indicator then says 需补充 instead of a value.
 */
export function PerformanceSection() {
  return (
    <Row gutter={32}>
      <Col span={12}>
        <Typography.Title level={5}>支付进度</Typography.Title>
        <Feeds>用于“支付进度率 = 实际支付进度 / 既定支付进度”。均按占预算数的百分比填写。</Feeds>
        <Space wrap size="large" align="start">
          <Field label="实际支付进度（%）" path={['paymentProgress', 'actualPercent']}><PercentInput path={['paymentProgress', 'actualPercent']} /></Field>
          <Field label="既定支付进度（%）" path={['paymentProgress', 'plannedPercent']}><PercentInput path={['paymentProgress', 'plannedPercent']} /></Field>
          <Field label="统计时点" path={['paymentProgress', 'asOf']}><TextInput path={['paymentProgress', 'asOf']} placeholder="如 2024-12-31" width={150} /></Field>
        </Space>
        <Divider />
        <Typography.Title level={5}>年度工作任务</Typography.Title>
        <Feeds>用于“实际完成率”“完成及时率”“质量达标率”（分母均为计划工作数）。未填时，实际完成率按年度绩效目标中的量化指标计数。</Feeds>
        <Space wrap size="large" align="start">
          <Field label="计划工作数" path={['workTasks', 'planned']}><CountInput path={['workTasks', 'planned']} /></Field>
          <Field label="实际完成工作数" path={['workTasks', 'completed']}><CountInput path={['workTasks', 'completed']} /></Field>
          <Field label="及时完成工作数" path={['workTasks', 'completedOnTime']}><CountInput path={['workTasks', 'completedOnTime']} /></Field>
          <Field label="质量达标工作数" path={['workTasks', 'qualityMet']}><CountInput path={['workTasks', 'qualityMet']} /></Field>
        </Space>
      </Col>
      <Col span={12}>
        <Typography.Title level={5}>重点工作</Typography.Title>
        <Feeds>党委、政府、人大及相关部门交办或下达的工作任务，用于“重点工作办结率”。</Feeds>
        <Space wrap size="large" align="start">
          <Field label="交办或下达数" path={['keyTasks', 'assigned']}><CountInput path={['keyTasks', 'assigned']} /></Field>
          <Field label="实际完成数" path={['keyTasks', 'completed']}><CountInput path={['keyTasks', 'completed']} /></Field>
        </Space>
        <Divider />
        <Typography.Title level={5}>满意度调查</Typography.Title>
        <Feeds>用于“社会公众或服务对象满意度 = 满意（含基本满意）样本数 / 有效样本数”。</Feeds>
        <Space wrap size="large" align="start">
          <Field label="调查对象" path={['satisfactionSurvey', 'respondents']}><TextInput path={['satisfactionSurvey', 'respondents']} placeholder="如 服务企业" width={180} /></Field>
          <Field label="调查方式" path={['satisfactionSurvey', 'method']}><TextInput path={['satisfactionSurvey', 'method']} placeholder="如 问卷调查" width={180} /></Field>
          <Field label="有效样本数" path={['satisfactionSurvey', 'validSamples']}><CountInput path={['satisfactionSurvey', 'validSamples']} /></Field>
          <Field label="满意（含基本满意）样本数" path={['satisfactionSurvey', 'satisfied']}><CountInput path={['satisfactionSurvey', 'satisfied']} /></Field>
        </Space>
      </Col>
    </Row>
  );
}

function ItemsList({ path, label }: { path: Path; label: string }) {
  const { dy, set, readOnly } = useEditor();
  const items = (getIn(dy, path) as { title: string; detail: string; category: string }[] | undefined) ?? [];
  return (
    <>
      <Typography.Title level={5}>{label}</Typography.Title>
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place by position (their paths use the index)
        <Card key={`${label}-${i}`} size="small" style={{ marginBottom: 8 }} extra={!readOnly && <Button type="link" danger size="small" onClick={() => set(path, items.filter((_x, j) => j !== i))}>删除</Button>} title={<TextInput path={[...path, i, 'title']} width="100%" />}>
          <LongText path={[...path, i, 'detail']} rows={2} required />
        </Card>
      ))}
      {!readOnly && <Button size="small" onClick={() => set(path, [...items, { title: `新${label}`, detail: '', category: 'other' }])}>添加{label}</Button>}
    </>
  );
}

export function NarrativeSection() {
  return (
    <Row gutter={32}>
      <Col span={12}>
        <Field label="部门整体支出管理及使用情况" path={['narrative', 'management']}>
          <LongText path={['narrative', 'management']} rows={8} required />
        </Field>
        <Field label="其他需说明的事项" path={['narrative', 'otherMatters']}>
          <LongText path={['narrative', 'otherMatters']} rows={3} required />
        </Field>
        <Space size="large">
          <Field label="自评得分" path={['selfAssessment', 'score']}>
            <ScoreInput path={['selfAssessment', 'score']} />
          </Field>
          <Field label="自评等级" path={['selfAssessment', 'grade']}>
            <TextInput path={['selfAssessment', 'grade']} width={80} />
          </Field>
          <Field label="成文日期" path={['selfAssessment', 'reportDate']}>
            <TextInput path={['selfAssessment', 'reportDate']} placeholder="如 2025-03-20" width={150} />
          </Field>
        </Space>
      </Col>
      <Col span={12}>
        <ItemsList path={['narrative', 'problems']} label="存在问题" />
        <Divider />
        <ItemsList path={['narrative', 'measures']} label="改进措施" />
      </Col>
    </Row>
  );
}

export { AmountInput };
