/**
 * 自评表: the officer scores every indicator of the department's scoring template (分值, 自评得分, 评分依据,
 * 偏差原因) and each project's indicators; beside each row the score the data computes (formula on hover) and
 * the checks (above what the data supports, without evidence, below target but full marks). The scores are saved
 * in the department-year itself (selfAssessment.indicators by the template's stable ids, projects[].indicators[]
 * .score) through the parts API, with If-Match; a preview shows the draft report written from them.
 */
import { Alert, App, Button, Card, Empty, Input, InputNumber, List, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, api, errorText, get } from '../api.ts';
import { plainText } from '../paths.ts';

interface ScoreSheetRow {
  id: string;
  level1: string;
  level2: string;
  name: string;
  weight: number;
  claimed: number | null;
  basis: string;
  deviationReason: string;
  computedStatus: 'scored' | 'missing' | 'not-applicable';
  computed: number | null;
  formula: string;
  calculation: string | null;
  scoring: string | null;
  missing: string[];
}

interface ProjectScoreRow {
  path: string;
  name: string;
  level1: string | null;
  level2: string | null;
  weight: number | null;
  claimed: number | null;
  computed: number | null;
  calculation: string | null;
  deviationReason: string;
}

interface ProjectScore {
  index: number;
  name: string;
  maxTotal: number;
  score: number | null;
  grade: string | null;
  execution: { weight: number; rate: number | null; computed: number | null; calculation: string | null };
  rows: ProjectScoreRow[];
  computed: { total: number; upperBound: number };
}

interface DepartmentScore {
  templateTitle: string;
  maxTotal: number;
  rows: ScoreSheetRow[];
  score: number | null;
  scoreSource: 'stated' | 'sum-of-indicators' | 'none';
  grade: string | null;
  sumOfClaims: number;
  claimedRows: number;
  computed: { total: number; upperBound: number; complete: boolean };
  unsupported: { id: string; name: string; points: number; reason: string }[];
  unsupportedPoints: number;
}

interface Finding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  evidence: { path?: string }[];
}

interface EvaluationBody {
  scoreSheet: { department: DepartmentScore; projects: ProjectScore[] };
  findings: Finding[];
}

interface OfficerScore {
  score: number;
  basis?: string;
  deviationReason?: string;
}

interface Indicator {
  name: string;
  score?: number;
  deviationReason?: string;
  [key: string]: unknown;
}

interface Project {
  name: string;
  indicators: Indicator[];
  selfScore?: number;
  [key: string]: unknown;
}

interface SelfAssessment {
  score?: number;
  maxScore: number;
  grade?: string;
  indicators?: Record<string, OfficerScore>;
  [key: string]: unknown;
}

interface RowDraft {
  score: number | null;
  basis: string;
  deviationReason: string;
}

const scoreText = (n: number | null | undefined) => (n === null || n === undefined ? '—' : String(Math.round(n * 100) / 100));
const round2 = (n: number) => Math.round(n * 100) / 100;

/** What a row's draft says about itself: a check to show beside it, or null. */
export function rowCheck(d: RowDraft, row: { weight: number | null; computed: number | null }): string | null {
  if (d.score === null) return null;
  if (row.weight !== null && d.score > row.weight) return `得分不能超过分值${row.weight}`;
  if (row.computed !== null && d.score > row.computed + 0.005 && !d.deviationReason.trim() && !d.basis.trim()) {
    return `高于数据计算的${scoreText(row.computed)}分，请写明依据`;
  }
  return null;
}

/**
 * `refreshKey` changes whenever the year is saved elsewhere in the editor (another tab, an Excel import): the
 * computed figures are then fetched again, unless the officer has unsaved scores here. `onUnsavedChange` hears
 * whether there are unsaved scores (or a save on its way): the editor's 报送 waits for them.
 */
export function SelfEvaluationTables({
  id,
  year,
  editable,
  onSaved,
  onUnsavedChange,
  refreshKey = 0,
}: { id: string; year: number; editable: boolean; onSaved?: () => void; onUnsavedChange?: (unsaved: boolean) => void; refreshKey?: number }) {
  const { message } = App.useApp();
  const base = `/api/departments/${encodeURIComponent(id)}/years/${year}`;
  const [data, setData] = useState<EvaluationBody | null>(null);
  const [assessment, setAssessment] = useState<SelfAssessment | null>(null);
  const [projects, setProjects] = useState<Project[]>([]);
  const [rows, setRows] = useState<Record<string, RowDraft>>({});
  const [stated, setStated] = useState<number | null>(null);
  const [projectRows, setProjectRows] = useState<Record<string, RowDraft>>({});
  const [projectTotals, setProjectTotals] = useState<Record<number, number | null>>({});
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverIssue, setServerIssue] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [body, sa, pr] = await Promise.all([
        get<EvaluationBody>(`${base}/evaluation`),
        get<{ selfAssessment: SelfAssessment }>(`${base}/parts/selfAssessment`),
        get<{ projects: Project[] }>(`${base}/parts/projects`),
      ]);
      setData(body);
      setAssessment(sa.selfAssessment);
      setProjects(pr.projects);
      setStated(sa.selfAssessment.score ?? null);
      const claims = sa.selfAssessment.indicators ?? {};
      setRows(
        Object.fromEntries(
          body.scoreSheet.department.rows.map((r) => [r.id, { score: claims[r.id]?.score ?? null, basis: claims[r.id]?.basis ?? '', deviationReason: claims[r.id]?.deviationReason ?? '' }]),
        ),
      );
      const pRows: Record<string, RowDraft> = {};
      pr.projects.forEach((p, i) =>
        p.indicators.forEach((ind, k) => {
          pRows[`projects[${i}].indicators[${k}]`] = { score: ind.score ?? null, basis: '', deviationReason: ind.deviationReason ?? '' };
        }),
      );
      setProjectRows(pRows);
      setProjectTotals(Object.fromEntries(pr.projects.map((p, i) => [i, p.selfScore ?? null])));
      setDirty(false);
      setError(null);
    } catch (err) {
      setError(errorText(err));
    }
  }, [base]);

  useEffect(() => {
    void load();
  }, [load]);
  // Data saved on another tab changes what the data supports: fetch the computed figures again.
  useEffect(() => {
    onUnsavedChange?.(dirty || saving);
  }, [dirty, saving, onUnsavedChange]);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const seenRefresh = useRef(refreshKey);
  useEffect(() => {
    if (refreshKey === seenRefresh.current) return;
    seenRefresh.current = refreshKey;
    if (!dirtyRef.current) void load();
  }, [refreshKey, load]);

  const dept = data?.scoreSheet.department;
  const sum = useMemo(() => round2(Object.values(rows).reduce((t, r) => t + (r.score ?? 0), 0)), [rows]);
  const filled = Object.values(rows).filter((r) => r.score !== null).length;
  const problems = dept
    ? dept.rows.filter((r) => {
        const d = rows[r.id];
        return d && d.score !== null && d.score > r.weight;
      })
    : [];

  const change = (rowId: string, patch: Partial<RowDraft>) => {
    setRows((all) => ({ ...all, [rowId]: { ...(all[rowId] ?? { score: null, basis: '', deviationReason: '' }), ...patch } }));
    setDirty(true);
    setServerIssue(null);
  };
  const changeProject = (path: string, patch: Partial<RowDraft>) => {
    setProjectRows((all) => ({ ...all, [path]: { ...(all[path] ?? { score: null, basis: '', deviationReason: '' }), ...patch } }));
    setDirty(true);
    setServerIssue(null);
  };

  const save = async () => {
    if (!assessment || !dept) return;
    const indicators: Record<string, OfficerScore> = {};
    for (const r of dept.rows) {
      const d = rows[r.id];
      if (!d || d.score === null) continue;
      indicators[r.id] = {
        score: d.score,
        ...(d.basis.trim() ? { basis: d.basis.trim() } : {}),
        ...(d.deviationReason.trim() ? { deviationReason: d.deviationReason.trim() } : {}),
      };
    }
    const nextAssessment: SelfAssessment = { ...assessment, indicators };
    // With every indicator scored and no total typed, the total is their sum — written into the data, so the
    // home page, the overview and the report all state the same figure.
    const total = stated ?? (Object.keys(indicators).length === dept.rows.length ? round2(Object.values(indicators).reduce((t, c) => t + c.score, 0)) : null);
    if (total === null) {
      delete nextAssessment.score;
      delete nextAssessment.grade;
    } else {
      nextAssessment.score = total;
      // The grade follows the score; a typed grade that disagrees would be a validation finding.
      delete nextAssessment.grade;
    }
    const nextProjects = projects.map((p, i) => {
      const total = projectTotals[i] ?? null;
      const next: Project = {
        ...p,
        indicators: p.indicators.map((ind, k) => {
          const d = projectRows[`projects[${i}].indicators[${k}]`];
          const out: Indicator = { ...ind };
          if (d?.score === null || d === undefined) delete out.score;
          else out.score = d.score;
          if (d?.deviationReason.trim()) out.deviationReason = d.deviationReason.trim();
          else delete out.deviationReason;
          return out;
        }),
      };
      if (total === null) {
        delete next.selfScore;
        delete next.selfGrade;
      } else {
        next.selfScore = total;
        delete next.selfGrade;
      }
      return next;
    });
    setSaving(true);
    try {
      await api(`${base}/parts/selfAssessment`, { method: 'PUT', body: nextAssessment });
      await api(`${base}/parts/projects`, { method: 'PUT', body: nextProjects });
      message.success('自评得分已保存');
      await load();
      onSaved?.();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'invalid-input') setServerIssue(plainText(err.message));
      else message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  if (error) return <Alert type="error" showIcon message="无法计算自评表" description={error} />;
  if (!data || !dept) return <Spin style={{ width: '100%', marginTop: 40 }} />;

  const findingsAt = (path: string) => data.findings.filter((f) => f.evidence.some((e) => e.path === path || e.path?.startsWith(`${path}.`)));

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="self-evaluation">
      <Space wrap>
        {editable ? (
          <Button type="primary" onClick={() => void save()} loading={saving} disabled={!dirty || problems.length > 0} data-testid="save-scores">
            保存自评得分
          </Button>
        ) : (
          <Tag>只读</Tag>
        )}
        {dirty && <Tag color="orange">有未保存的修改</Tag>}
        <Typography.Text type="secondary">
          自评得分由单位按评分模板逐项填写；“系统复核”是按数据能算出的得分，仅供对照，不替代自评得分。
        </Typography.Text>
      </Space>
      {serverIssue && <Alert type="error" showIcon message="未保存" description={serverIssue} data-testid="score-error" />}
      <Card
        size="small"
        data-testid="self-evaluation-department"
        title={
          <Space wrap>
            <span>部门整体支出绩效自评表</span>
            <Typography.Text type="secondary">评分模板：{dept.templateTitle}</Typography.Text>
          </Space>
        }
        extra={
          <Space wrap>
            <span data-testid="department-score">
              自评得分 <b>{scoreText(dept.score)}</b> / {dept.maxTotal}
              {dept.grade ? `（${dept.grade}）` : ''}
            </span>
            <span>
              系统复核 <b>{scoreText(dept.computed.total)}</b>
            </span>
            {dept.unsupportedPoints > 0.005 && <Tag color="red">数据不支持 {scoreText(dept.unsupportedPoints)} 分</Tag>}
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <span>自评总分：</span>
          <InputNumber
            min={0}
            max={dept.maxTotal}
            step={0.5}
            value={stated}
            disabled={!editable}
            placeholder="按各项之和"
            data-testid="stated-total"
            onChange={(v) => {
              setStated(typeof v === 'number' ? v : null);
              setDirty(true);
            }}
          />
          <Typography.Text type="secondary" data-testid="sum-of-claims">
            已填 {filled}/{dept.rows.length} 项，合计 {scoreText(sum)} 分
          </Typography.Text>
          {stated !== null && filled > 0 && Math.abs(stated - sum) > 0.005 && (
            <Tag color="red">自评总分与各项之和不一致（校验会报错）</Tag>
          )}
          {editable && filled > 0 && (
            <Button size="small" onClick={() => { setStated(sum); setDirty(true); }} data-testid="use-sum">
              总分取各项之和
            </Button>
          )}
        </Space>
        <Table<ScoreSheetRow>
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={dept.rows}
          scroll={{ x: 1100 }}
          tableLayout="fixed"
          columns={[
            { title: '一级指标', dataIndex: 'level1', width: 64 },
            { title: '二级指标', dataIndex: 'level2', width: 80 },
            { title: '三级指标', dataIndex: 'name', width: 140 },
            { title: '分值', dataIndex: 'weight', width: 52, align: 'right', render: (v: number) => scoreText(v) },
            {
              title: '自评得分',
              key: 'score',
              width: 96,
              render: (_: unknown, row) => {
                const d = rows[row.id];
                const check = d ? rowCheck(d, row) : null;
                return (
                  <div>
                    <InputNumber
                      size="small"
                      style={{ width: '100%' }}
                      min={0}
                      max={row.weight}
                      step={0.5}
                      value={d?.score ?? null}
                      disabled={!editable}
                      status={check?.startsWith('得分不能') ? 'error' : undefined}
                      data-testid={`score-${row.id}`}
                      onChange={(v) => change(row.id, { score: typeof v === 'number' ? v : null })}
                    />
                    {check && <Typography.Text type={check.startsWith('得分不能') ? 'danger' : 'warning'} style={{ fontSize: 12 }}>{check}</Typography.Text>}
                  </div>
                );
              },
            },
            {
              title: '系统复核',
              key: 'computed',
              width: 80,
              align: 'right',
              render: (_: unknown, row) =>
                row.computed === null ? (
                  <Tooltip title={plainText(row.missing.join('；') || row.formula)}>
                    <Tag color="orange">{row.computedStatus === 'not-applicable' ? '不适用' : '缺依据'}</Tag>
                  </Tooltip>
                ) : (
                  <Tooltip title={plainText([row.calculation, row.scoring].filter(Boolean).join('；'))}>
                    <span style={{ borderBottom: '1px dashed #999', cursor: 'help' }} data-testid={`computed-${row.id}`}>
                      {scoreText(row.computed)}
                    </span>
                  </Tooltip>
                ),
            },
            {
              title: '评分依据',
              key: 'basis',
              width: 180,
              render: (_: unknown, row) => (
                <Input.TextArea
                  size="small"
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  value={rows[row.id]?.basis ?? ''}
                  disabled={!editable}
                  data-testid={`basis-${row.id}`}
                  onChange={(e) => change(row.id, { basis: e.target.value })}
                />
              ),
            },
            {
              title: '偏差原因分析及改进措施',
              key: 'deviation',
              width: 180,
              render: (_: unknown, row) => (
                <Input.TextArea
                  size="small"
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  value={rows[row.id]?.deviationReason ?? ''}
                  disabled={!editable}
                  data-testid={`deviation-${row.id}`}
                  onChange={(e) => change(row.id, { deviationReason: e.target.value })}
                />
              ),
            },
          ]}
        />
        {dept.unsupported.length > 0 && (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            message={`自评得分中有 ${scoreText(dept.unsupportedPoints)} 分尚无数据支持`}
            description={<List size="small" dataSource={dept.unsupported} renderItem={(u) => <List.Item style={{ padding: '2px 0' }}>{u.name}：{plainText(u.reason)}</List.Item>} />}
          />
        )}
      </Card>
      {data.scoreSheet.projects.map((p) => (
        <Card
          key={p.index}
          size="small"
          data-testid={`self-evaluation-projects[${p.index}]`}
          title={
            <Space wrap>
              <span>项目支出绩效自评表</span>
              <Typography.Text type="secondary">{p.name}</Typography.Text>
            </Space>
          }
          extra={
            <Space wrap>
              <span>自评总分</span>
              <InputNumber
                size="small"
                min={0}
                max={p.maxTotal}
                step={0.5}
                value={projectTotals[p.index] ?? null}
                disabled={!editable}
                data-testid={`project-total-${p.index}`}
                onChange={(v) => {
                  setProjectTotals((all) => ({ ...all, [p.index]: typeof v === 'number' ? v : null }));
                  setDirty(true);
                }}
              />
              <span>
                系统复核 <b>{scoreText(p.computed.total)}</b>（预算执行率 {p.execution.rate === null ? '待补充' : `${scoreText(p.execution.rate)}%`}）
              </span>
            </Space>
          }
        >
          <Table<ProjectScoreRow>
            size="small"
            pagination={false}
            rowKey="path"
            dataSource={p.rows}
            locale={{ emptyText: <Empty description="未填报绩效指标" /> }}
            tableLayout="fixed"
            columns={[
              { title: '一级指标', dataIndex: 'level1', width: 80 },
              { title: '二级指标', dataIndex: 'level2', width: 90 },
              { title: '三级指标', dataIndex: 'name', width: 160 },
              { title: '分值', dataIndex: 'weight', width: 52, align: 'right', render: (v: number | null) => scoreText(v) },
              {
                title: '自评得分',
                key: 'score',
                width: 96,
                render: (_: unknown, row) => (
                  <InputNumber
                    size="small"
                    style={{ width: '100%' }}
                    min={0}
                    max={row.weight ?? 100}
                    step={0.5}
                    value={projectRows[row.path]?.score ?? null}
                    disabled={!editable}
                    data-testid={`score-${row.path}`}
                    onChange={(v) => changeProject(row.path, { score: typeof v === 'number' ? v : null })}
                  />
                ),
              },
              {
                title: '系统复核',
                key: 'computed',
                width: 80,
                align: 'right',
                render: (_: unknown, row) =>
                  row.computed === null ? <Tag color="orange">缺依据</Tag> : <Tooltip title={plainText(row.calculation ?? '')}>{scoreText(row.computed)}</Tooltip>,
              },
              {
                title: '偏差原因分析及改进措施',
                key: 'deviation',
                width: 220,
                render: (_: unknown, row) => (
                  <div>
                    <Input.TextArea
                      size="small"
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      value={projectRows[row.path]?.deviationReason ?? ''}
                      disabled={!editable}
                      data-testid={`deviation-${row.path}`}
                      onChange={(e) => changeProject(row.path, { deviationReason: e.target.value })}
                    />
                    {findingsAt(row.path).map((f) => (
                      <Typography.Text key={f.rule + f.message} type={f.severity === 'error' ? 'danger' : 'warning'} style={{ fontSize: 12, display: 'block' }}>
                        {plainText(f.message)}
                      </Typography.Text>
                    ))}
                  </div>
                ),
              },
            ]}
          />
        </Card>
      ))}
      <ReportPreview base={base} />
    </Space>
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
        <Typography.Text type="secondary">点击“生成预览”查看按当前数据和自评得分写出的自评报告草稿。</Typography.Text>
      )}
    </Card>
  );
}
