/**
 * 自评表: the 部门整体支出绩效自评表 and each 项目支出绩效自评表 as Jixiao computes them (value, formula on hover,
 * computed score), the officer's overrides with their mandatory reasons (validated as typed, saved together,
 * recorded in the audit trail), what is still to be supplied (需补充), and a preview of the draft report.
 */
import { Alert, App, Button, Card, Empty, InputNumber, Input, List, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, api, errorText, get } from '../api.ts';

const MIN_REASON = 5;

interface FundsRow {
  label: string;
  cells: string[];
}

interface IndicatorRow {
  path: string;
  level1: string;
  level2: string;
  level3: string;
  target: string;
  actual: string;
  maxScore: number | null;
  score: number | null;
  claimedScore: number | null;
  deviationReason: string;
  missing: string[];
}

interface SelfEvaluationTable {
  kind: 'department' | 'project';
  title: string;
  name: string;
  fundsColumns: string[];
  funds: FundsRow[];
  indicators: IndicatorRow[];
  total: { maxScore: number; score: number; complete: boolean; upperBound: number; grade: string | null; claimedScore: number | null };
}

interface IndicatorResult {
  path: string;
  status: 'scored' | 'missing';
  completion: number | null;
  calculation: string | null;
  missing: string[];
}

interface SelfEvaluation {
  name: string;
  indicators: IndicatorResult[];
  execution: { calculation: string | null };
  missing: string[];
}

interface OverrideJson {
  path: string;
  score: number;
  reason: string;
  computedScore: number | null;
  updatedBy: string;
  updatedAt: string;
}

interface EvaluationBody {
  tables: { department: SelfEvaluationTable; projects: SelfEvaluationTable[] };
  departmentSelfEvaluation: SelfEvaluation;
  projects: SelfEvaluation[];
  overrides: OverrideJson[];
}

interface Draft {
  score: number | null;
  reason: string;
}

const scoreText = (n: number | null | undefined) => (n === null || n === undefined ? '—' : String(Math.round(n * 100) / 100));

/** Why a draft override cannot be saved, or null. */
export function draftProblem(d: Draft): string | null {
  if (d.score === null) return d.reason.trim() ? '请填写调整后的得分' : null;
  if (d.reason.trim().length < MIN_REASON) return `调整理由必填，至少${MIN_REASON}个字`;
  return null;
}

export function SelfEvaluationTables({ id, year, editable, onSaved }: { id: string; year: number; editable: boolean; onSaved?: () => void }) {
  const { message } = App.useApp();
  const base = `/api/departments/${encodeURIComponent(id)}/years/${year}`;
  const [data, setData] = useState<EvaluationBody | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverIssue, setServerIssue] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const body = await get<EvaluationBody>(`${base}/evaluation`);
      setData(body);
      setDrafts(Object.fromEntries(body.overrides.map((o) => [o.path, { score: o.score, reason: o.reason }])));
      setDirty(false);
      setError(null);
    } catch (err) {
      setError(errorText(err));
    }
  }, [base]);

  useEffect(() => {
    void load();
  }, [load]);

  const saved = useMemo(() => new Map((data?.overrides ?? []).map((o) => [o.path, o])), [data]);
  const problems = Object.entries(drafts).filter(([, d]) => draftProblem(d) !== null);

  const setDraft = (path: string, change: Partial<Draft>) => {
    setDrafts((all) => ({ ...all, [path]: { score: null, reason: '', ...all[path], ...change } }));
    setDirty(true);
    setServerIssue(null);
  };

  const save = async () => {
    const overrides = Object.entries(drafts)
      .filter(([, d]) => d.score !== null)
      .map(([path, d]) => ({ path, score: d.score, reason: d.reason.trim() }));
    setSaving(true);
    try {
      await api(`${base}/score-overrides`, { method: 'PUT', body: { overrides } });
      message.success('调整得分已保存');
      await load();
      onSaved?.();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'invalid-input') setServerIssue(err.message);
      else message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  if (error) return <Alert type="error" showIcon message="无法计算自评表" description={error} />;
  if (!data) return <Spin style={{ width: '100%', marginTop: 40 }} />;

  const units: { table: SelfEvaluationTable; evaluation: SelfEvaluation | undefined; key: string }[] = [
    { table: data.tables.department, evaluation: data.departmentSelfEvaluation, key: 'department' },
    ...data.tables.projects.map((table, i) => ({ table, evaluation: data.projects[i], key: `projects[${i}]` })),
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="self-evaluation">
      <Space wrap>
        {editable ? (
          <Button type="primary" onClick={() => void save()} loading={saving} disabled={!dirty || problems.length > 0} data-testid="save-overrides">
            保存调整得分
          </Button>
        ) : (
          <Tag>只读</Tag>
        )}
        {dirty && <Tag color="orange">有未保存的调整</Tag>}
        <Typography.Text type="secondary">计算得分由系统按数据算出，不可修改；如需调整，请在“调整得分”中填写得分并说明理由（必填，至少{MIN_REASON}个字），调整记入修改留痕。</Typography.Text>
      </Space>
      {serverIssue && <Alert type="error" showIcon message="未保存" description={serverIssue} data-testid="override-error" />}
      {units.map(({ table, evaluation, key }) => (
        <UnitCard
          key={key}
          unitKey={key}
          table={table}
          evaluation={evaluation}
          drafts={drafts}
          saved={saved}
          editable={editable}
          onChange={setDraft}
        />
      ))}
      <ReportPreview base={base} />
    </Space>
  );
}

function UnitCard({
  unitKey,
  table,
  evaluation,
  drafts,
  saved,
  editable,
  onChange,
}: {
  unitKey: string;
  table: SelfEvaluationTable;
  evaluation: SelfEvaluation | undefined;
  drafts: Record<string, Draft>;
  saved: Map<string, OverrideJson>;
  editable: boolean;
  onChange: (path: string, change: Partial<Draft>) => void;
}) {
  const results = new Map((evaluation?.indicators ?? []).map((i) => [i.path, i]));
  const adjusted = table.indicators.reduce((sum, row) => {
    const d = drafts[row.path];
    return d && d.score !== null ? sum + d.score - (row.score ?? 0) : sum;
  }, table.total.score);
  const hasOverride = table.indicators.some((row) => drafts[row.path]?.score != null);
  const fundsColumns = table.fundsColumns.map((title, i) => ({
    title: title || '资金',
    key: String(i),
    align: i === 0 ? ('left' as const) : ('right' as const),
    render: (_: unknown, row: FundsRow) => (i === 6 && evaluation?.execution.calculation ? <Tooltip title={evaluation.execution.calculation}>{row.cells[i]}</Tooltip> : row.cells[i]),
  }));
  return (
    <Card
      size="small"
      data-testid={`self-evaluation-${unitKey}`}
      title={
        <Space wrap>
          <span>{table.title}</span>
          <Typography.Text type="secondary">{table.name}</Typography.Text>
        </Space>
      }
      extra={
        <Space>
          <span>
            计算总分 <b>{scoreText(table.total.score)}</b> / {table.total.maxScore}
          </span>
          {hasOverride && (
            <span data-testid={`adjusted-total-${unitKey}`}>
              调整后 <b style={{ color: '#d46b08' }}>{scoreText(adjusted)}</b>
            </span>
          )}
          {table.total.complete ? <Tag color="green">{table.total.grade ?? '已完成'}</Tag> : <Tag color="orange">待补充，最高可得{scoreText(table.total.upperBound)}</Tag>}
        </Space>
      }
    >
      <Table<FundsRow> size="small" pagination={false} rowKey="label" columns={fundsColumns} dataSource={table.funds} style={{ marginBottom: 12 }} />
      <Table<IndicatorRow>
        size="small"
        pagination={false}
        rowKey="path"
        dataSource={table.indicators}
        locale={{ emptyText: <Empty description="未填报绩效指标" /> }}
        scroll={{ x: 930 }}
        tableLayout="fixed"
        columns={[
          { title: '一级指标', dataIndex: 'level1', width: 72 },
          { title: '二级指标', dataIndex: 'level2', width: 80 },
          {
            title: '三级指标',
            dataIndex: 'level3',
            width: 150,
            render: (v: string, row) => (row.deviationReason ? <Tooltip title={`偏差原因：${row.deviationReason}`}>{v}</Tooltip> : v),
          },
          { title: '年度指标值', dataIndex: 'target', width: 80 },
          { title: '实际完成值', dataIndex: 'actual', width: 96 },
          { title: '分值', dataIndex: 'maxScore', width: 50, align: 'right', render: (v: number | null) => scoreText(v) },
          {
            title: '计算得分',
            key: 'score',
            width: 76,
            align: 'right',
            render: (_: unknown, row) => {
              const r = results.get(row.path);
              if (row.score === null) return <Tag color="orange">待补充</Tag>;
              return (
                <Tooltip title={r?.calculation ?? ''}>
                  <span style={{ borderBottom: '1px dashed #999', cursor: 'help' }} data-testid={`computed-${row.path}`}>
                    {scoreText(row.score)}
                  </span>
                </Tooltip>
              );
            },
          },
          { title: '自报得分', dataIndex: 'claimedScore', width: 60, align: 'right', render: (v: number | null) => scoreText(v) },
          {
            title: '调整得分',
            key: 'override',
            width: 96,
            render: (_: unknown, row) => {
              const d = drafts[row.path];
              const o = saved.get(row.path);
              return (
                <div>
                  <InputNumber
                    size="small"
                    style={{ width: '100%' }}
                    min={0}
                    max={row.maxScore ?? 100}
                    step={0.5}
                    value={d?.score ?? null}
                    disabled={!editable}
                    placeholder="不调整"
                    data-testid={`override-score-${row.path}`}
                    onChange={(v) => onChange(row.path, { score: typeof v === 'number' ? v : null })}
                  />
                  {o && (
                    <Tag color="gold" style={{ marginTop: 2 }}>
                      已调整
                    </Tag>
                  )}
                </div>
              );
            },
          },
          {
            title: '调整理由',
            key: 'reason',
            width: 170,
            render: (_: unknown, row) => {
              const d = drafts[row.path];
              const problem = d ? draftProblem(d) : null;
              const o = saved.get(row.path);
              return (
                <div>
                  <Input.TextArea
                    size="small"
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    value={d?.reason ?? ''}
                    disabled={!editable}
                    status={problem ? 'error' : undefined}
                    placeholder={d?.score != null ? `必填，至少${MIN_REASON}个字` : ''}
                    data-testid={`override-reason-${row.path}`}
                    onChange={(e) => onChange(row.path, { reason: e.target.value })}
                  />
                  {problem && <Typography.Text type="danger" style={{ fontSize: 12 }}>{problem}</Typography.Text>}
                  {o && !problem && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {o.updatedBy} · {new Date(o.updatedAt).toLocaleString('zh-CN')}
                    </Typography.Text>
                  )}
                </div>
              );
            },
          },
        ]}
      />
      {(evaluation?.missing.length ?? 0) > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          message={`需补充（${evaluation?.missing.length}项）`}
          description={<List size="small" dataSource={evaluation?.missing ?? []} renderItem={(m) => <List.Item style={{ padding: '2px 0' }}>{m}</List.Item>} />}
        />
      )}
    </Card>
  );
}

/** The draft report as HTML, shown in a sandboxed frame (srcdoc: the server forbids framing its pages). */
function ReportPreview({ base }: { base: string }) {
  const [html, setHtml] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    setLoading(true);
    try {
      setHtml((await api<string>(`${base}/report.html?draft=1`)).data);
      setError(null);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setLoading(false);
    }
  };
  return (
    <Card
      size="small"
      title="报告预览（草稿）"
      extra={
        <Space>
          <Button onClick={() => void load()} loading={loading} data-testid="preview-report">
            {html === null ? '生成预览' : '刷新预览'}
          </Button>
          <Button href={`${base}/report.docx?draft=1`}>下载 Word</Button>
          <Button href={`${base}/report.pdf?draft=1`}>下载 PDF</Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message="无法生成报告" description={error} />}
      {html !== null ? (
        <iframe title="报告预览" sandbox="" srcDoc={html} data-testid="report-preview" style={{ width: '100%', height: 720, border: '1px solid #eee', background: '#fff' }} />
      ) : (
        <Typography.Text type="secondary">点击“生成预览”查看按当前数据和调整得分写出的自评报告草稿。</Typography.Text>
      )}
    </Card>
  );
}
