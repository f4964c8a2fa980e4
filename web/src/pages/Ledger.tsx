/**
 * The ledger (会计明细): import with a preview of the file and its column mapping (CSV, read in the browser;
 * Excel files are mapped by the server from their headers), every bad row named; then the checks: the
 * reconciliation with the year's 决算, a summary per check, and the flagged entries (sortable, filtered by
 * check, exported to Excel); and the project keywords an officer adds so the check ties a 摘要 to its project.
 */
import { Alert, App, Button, Card, Empty, Radio, Select, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import headerSynonyms from '../../../data/ledger/header-synonyms.json';
import { formatAmount } from '../../../src/core/money.ts';
import { ApiError, api, errorText, get } from '../api.ts';
import { DepartmentSelect, ownDepartment, useDepartments } from '../components/department-picker.tsx';
import { chineseOnly } from '../lib/chinese.ts';
import { downloadFile } from '../lib/download.ts';
import { guessMapping, LEDGER_FIELD_LABEL, previewRows } from '../lib/ledger-preview.ts';
import { navigate } from '../router.ts';
import type { Finding, Session } from '../types.ts';

interface FlaggedEntry {
  /** `column`: a 多栏账 row's analysis column; one row may make several entries. */
  entry: { row: number; column?: number; date: string; voucher: string; summary: string; voucherSummary?: string; amount: number; functionCode: string; economicCode: string; projectName?: string };
  severity: 'error' | 'warning' | 'info';
  rules: string[];
  messages: string[];
}

interface RuleSummary {
  rule: string;
  title: string;
  findings: number;
  entries: number;
  amount: number;
}

interface CheckReport {
  entries: number;
  summary: RuleSummary[];
  flagged: FlaggedEntry[];
  findings: Finding[];
}

interface RowError {
  row: number;
  column?: string;
  value?: string;
  message: string;
}

/** A unit of a multi-unit export (代理记账: several units' books in one file), as the server lists them. */
interface LedgerUnitOption {
  code?: string;
  name?: string;
  /** The file's lines of that unit. */
  rows: number;
}

/** The server's answers that list the units of a multi-unit export for the user to choose one. */
const UNIT_CHOICE_CODES = new Set(['ledger-unit-required', 'ledger-unit-unknown']);

function unitsOf(err: unknown): LedgerUnitOption[] | null {
  if (!(err instanceof ApiError) || !UNIT_CHOICE_CODES.has(err.code)) return null;
  const units = (err.details as { units?: unknown } | undefined)?.units;
  return Array.isArray(units) && units.length > 0 ? (units as LedgerUnitOption[]) : null;
}

/** What names the unit in `?unit=`: its code, else its name (a file with a 单位名称 column only). */
const unitKey = (u: LedgerUnitOption) => u.code ?? u.name ?? '';
const unitLabel = (u: { code?: string; name?: string }) => [u.code, u.name].filter(Boolean).join(' ');

interface ImportResult {
  entries: number;
  unit?: { chosen: { code?: string; name?: string } };
  unitNote?: string;
  sheetNote?: string;
  levelledBooksNote?: string;
  skippedNote: string;
  splitNote?: string;
  functionByNameNote?: string;
  sectionNote?: string;
  carriedNote?: string;
  voidedNote?: string;
  fromParallelBooksNote?: string;
}

const SEVERITY: Record<string, [string, string]> = { error: ['错误', 'red'], warning: ['警告', 'orange'], info: ['提示', 'blue'] };
const yuan = (fen: number) => formatAmount(fen, { unit: '元', decimals: 2, grouping: true, withUnit: false });

export function Ledger({ session, route }: { session: Session; route: string[] }) {
  const own = ownDepartment(session);
  const { departments, error } = useDepartments();
  const id = own ?? route[1] ?? departments?.[0]?.id;
  const years = departments?.find((d) => d.id === id)?.years ?? [];
  const year = Number(route[2]) || years[0];
  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          会计明细
        </Typography.Title>
        {!own && departments && <DepartmentSelect departments={departments} value={id} onChange={(d) => navigate('ledger', d)} />}
        {id && years.length > 0 && (
          <Select style={{ width: 110 }} value={year} onChange={(y: number) => navigate('ledger', id, y)} options={years.map((y) => ({ value: y, label: `${y}年度` }))} />
        )}
      </Space>
      {id && year ? <LedgerYear key={`${id}@${year}`} id={id} year={year} writes={session.capabilities.includes('ledger.replace')} /> : <Empty description="没有可查看的单位年度" />}
    </Space>
  );
}

function LedgerYear({ id, year, writes }: { id: string; year: number; writes: boolean }) {
  const base = `/api/departments/${encodeURIComponent(id)}/years/${year}/ledger`;
  const [report, setReport] = useState<CheckReport | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const load = useCallback(() => {
    get<CheckReport>(`${base}/check?limit=0`)
      .then((r) => {
        setReport(r);
        setLoadError(null);
      })
      .catch((e: unknown) => {
        // the check answers 400 when the year has no entries yet
        if (e instanceof ApiError && e.status === 400) setReport({ entries: 0, summary: [], flagged: [], findings: [] });
        else setLoadError(errorText(e));
      });
  }, [base]);
  useEffect(load, [load]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <LedgerImport base={base} onImported={load} />
      {loadError && <Alert type="error" showIcon message={loadError} />}
      {report && report.entries === 0 && <Empty description="本年度尚未导入会计明细" />}
      {report && report.entries > 0 && <Findings report={report} exportHref={`${base}/check.xlsx`} />}
      <ProjectKeywords base={base} writes={writes} onSaved={load} />
    </Space>
  );
}

interface KeywordRow {
  index: number;
  code?: string;
  name: string;
  keywords: string[];
  derived: string[];
}

/** 项目关键词: the words the check derives per project, and the ones the officer adds (saved with If-Match). */
function ProjectKeywords({ base, writes, onSaved }: { base: string; writes: boolean; onSaved: () => void }) {
  const { message } = App.useApp();
  const [rows, setRows] = useState<KeywordRow[] | null>(null);
  const [version, setVersion] = useState(0);
  const [draft, setDraft] = useState<Record<number, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const load = useCallback(() => {
    get<{ version: number; projects: KeywordRow[] }>(`${base}/keywords`)
      .then((r) => {
        setRows(r.projects);
        setVersion(r.version);
        setDraft({});
        setError(null);
      })
      .catch((e: unknown) => setError(errorText(e)));
  }, [base]);
  useEffect(load, [load]);
  const changed = Object.keys(draft).length > 0;
  const save = async () => {
    setSaving(true);
    try {
      const projects = Object.entries(draft).map(([index, keywords]) => ({ index: Number(index), keywords }));
      await api(`${base}/keywords`, { method: 'PUT', body: { projects }, ifMatch: version });
      message.success('项目关键词已保存，检查结果已按新关键词更新');
      load();
      onSaved();
    } catch (err) {
      setError(err instanceof ApiError && err.code === 'version-conflict' ? '数据已被他人修改，请刷新后再保存' : errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card
      size="small"
      title="项目关键词"
      data-testid="project-keywords"
      extra={
        writes && (
          <Button type="primary" size="small" disabled={!changed} loading={saving} onClick={() => void save()} data-testid="save-keywords">
            保存关键词
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        检查“摘要与项目是否相符”时，系统从项目名称、绩效目标和指标中自动识别关键词；可为项目补充关键词（如“冷链”“仓储”），使摘要中出现这些词的明细归入该项目。关键词随本年度数据保存，报送后只读。
      </Typography.Paragraph>
      {error && <Alert style={{ marginBottom: 8 }} type="error" showIcon message={error} data-testid="keywords-error" />}
      <Table<KeywordRow>
        size="small"
        rowKey="index"
        loading={rows === null && !error}
        dataSource={rows ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description="本年度没有项目" /> }}
        scroll={{ x: 720 }}
        columns={[
          { title: '项目', key: 'name', width: 220, render: (_, r) => r.name },
          {
            title: '自动识别的关键词',
            key: 'derived',
            render: (_, r) => (
              <Space size={[4, 4]} wrap>
                {r.derived.slice(0, 12).map((w) => (
                  <Tag key={w}>{w}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: '补充关键词',
            key: 'keywords',
            width: 300,
            render: (_, r) =>
              writes ? (
                <Select
                  mode="tags"
                  style={{ width: '100%' }}
                  placeholder="输入关键词后按回车"
                  value={draft[r.index] ?? r.keywords}
                  tokenSeparators={[',', '，', '、', ' ']}
                  open={false}
                  suffixIcon={null}
                  data-testid={`keywords-${r.index}`}
                  onChange={(v: string[]) => setDraft((d) => ({ ...d, [r.index]: v.map((w) => w.trim()).filter(Boolean) }))}
                />
              ) : (
                <Space size={[4, 4]} wrap>
                  {r.keywords.length === 0 ? <Typography.Text type="secondary">无</Typography.Text> : r.keywords.map((w) => <Tag color="blue" key={w}>{w}</Tag>)}
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}

function LedgerImport({ base, onImported }: { base: string; onImported: () => void }) {
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<{ header: string[]; rows: string[][]; headerRow: number } | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<RowError[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A multi-unit export: the units the server found, and the one chosen (sent as ?unit=).
  const [units, setUnits] = useState<LedgerUnitOption[] | null>(null);
  const [unit, setUnit] = useState<string | undefined>();
  const [result, setResult] = useState<{ text: string; unit?: string } | null>(null);
  const choose = async (f: File) => {
    setFile(f);
    setErrors(null);
    setFailure(null);
    setUnits(null);
    setUnit(undefined);
    setResult(null);
    if (/\.csv$/i.test(f.name)) {
      const p = previewRows(new Uint8Array(await f.arrayBuffer()));
      setPreview(p);
      setMapping(guessMapping(p.header, headerSynonyms.fields));
    } else {
      setPreview(null);
      setMapping({});
    }
  };
  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setErrors(null);
    setFailure(null);
    setResult(null);
    try {
      const chosen = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v));
      const q = new URLSearchParams({
        source: file.name,
        ...(Object.keys(chosen).length > 0 ? { mapping: JSON.stringify(chosen) } : {}),
        ...(units && unit ? { unit } : {}),
      });
      const type = /\.csv$/i.test(file.name) ? 'text/csv' : 'application/octet-stream';
      const r = await api<ImportResult>(`${base}?${q}`, {
        method: 'POST',
        raw: file,
        headers: { 'content-type': type },
      });
      // Every note the import gives (sheets read and left out, rows skipped, 多栏账 rows split, function classes resolved from names, section rows), in Chinese.
      const notes = [r.data.unitNote, r.data.sheetNote, r.data.levelledBooksNote, r.data.skippedNote, r.data.splitNote, r.data.functionByNameNote, r.data.sectionNote, r.data.carriedNote, r.data.voidedNote, r.data.fromParallelBooksNote].filter((n): n is string => !!n).map((n) => chineseOnly(n, ''));
      const text = `已导入 ${r.data.entries} 条会计明细${notes.length > 0 ? `（${notes.join('；')}）` : ''}`;
      // The notes stay on the page in the result box below; the toast only says it is done.
      message.success(`已导入 ${r.data.entries} 条会计明细`);
      setResult({ text, ...(r.data.unit ? { unit: unitLabel(r.data.unit.chosen) } : {}) });
      setFile(null);
      setPreview(null);
      setUnits(null);
      setUnit(undefined);
      onImported();
    } catch (err) {
      const found = unitsOf(err);
      if (found) {
        // Several units' books and none chosen (or one the file does not hold): offer the file's units.
        setUnits(found);
        setUnit((u) => (u !== undefined && found.some((f) => unitKey(f) === u) ? u : undefined));
        if (err instanceof ApiError && err.code === 'ledger-unit-unknown') setFailure(errorText(err));
        return;
      }
      if (err instanceof ApiError && Array.isArray(err.details)) setErrors(err.details as RowError[]);
      setFailure(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title="导入会计明细（CSV 或 Excel）">
      <Space wrap>
        <Upload accept=".csv,.txt,.xlsx,.xls,.et,.xml" showUploadList={false} beforeUpload={(f) => (void choose(f), false)}>
          <Button data-testid="ledger-choose">选择文件</Button>
        </Upload>
        {file && <Typography.Text>{file.name}</Typography.Text>}
        <Button type="primary" disabled={!file || (units !== null && !unit)} loading={busy} onClick={() => void submit()} data-testid="ledger-import">
          {units ? '导入所选单位（替换本年度已导入的明细）' : '导入（替换本年度已导入的明细）'}
        </Button>
      </Space>
      {units && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          data-testid="ledger-units"
          message={`文件中有 ${units.length} 个单位的账（代理记账导出），本年度只导入其中一个单位，尚未导入任何数据。请选择单位后点“导入所选单位”。`}
          description={
            <div style={{ marginTop: 4 }}>
              <Typography.Text strong id="ledger-unit-label">
                要导入的单位
              </Typography.Text>
              <Radio.Group aria-labelledby="ledger-unit-label" value={unit} onChange={(e) => setUnit(e.target.value as string)} style={{ display: 'flex', flexDirection: 'column', gap: 6, marginTop: 6 }}>
                {units.map((u) => (
                  <Radio key={unitKey(u)} value={unitKey(u)}>
                    {unitLabel(u)}
                    <Typography.Text type="secondary">（{u.rows} 行）</Typography.Text>
                  </Radio>
                ))}
              </Radio.Group>
            </div>
          }
        />
      )}
      {result && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          data-testid="ledger-import-result"
          message={result.unit ? `已导入单位：${result.unit}` : '导入完成'}
          description={result.text}
        />
      )}
      {preview && (
        <div style={{ marginTop: 12 }} data-testid="ledger-preview">
          <Typography.Text strong>列对应（已按表头自动识别，可修改）</Typography.Text>
          <Space wrap style={{ margin: '8px 0' }}>
            {Object.entries(LEDGER_FIELD_LABEL).map(([field, label]) => (
              <Space key={field} size={4}>
                <Typography.Text type="secondary">{label}</Typography.Text>
                <Select
                  allowClear
                  size="small"
                  style={{ width: 140 }}
                  placeholder="无"
                  value={mapping[field] || undefined}
                  onChange={(v: string | undefined) => setMapping((m) => ({ ...m, [field]: v ?? '' }))}
                  options={preview.header.filter(Boolean).map((h) => ({ value: h, label: h }))}
                />
              </Space>
            ))}
          </Space>
          <Table
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            rowKey={(_, i) => String(i)}
            dataSource={preview.rows.map((r) => Object.fromEntries(r.map((c, i) => [String(i), c])))}
            columns={preview.header.map((h, i) => ({ title: h || `第${i + 1}列`, dataIndex: String(i), key: String(i) }))}
          />
          <Typography.Text type="secondary">表头在第 {preview.headerRow} 行；以上为前 {preview.rows.length} 行。</Typography.Text>
        </div>
      )}
      {failure && <Alert style={{ marginTop: 12 }} type="error" showIcon message={failure} />}
      {errors && (
        <Table<RowError>
          style={{ marginTop: 12 }}
          size="small"
          rowKey={(e, i) => `${e.row}|${e.column}|${i}`}
          dataSource={errors}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: '行', dataIndex: 'row', key: 'r', width: 60 },
            { title: '列', dataIndex: 'column', key: 'c' },
            { title: '内容', dataIndex: 'value', key: 'v' },
            { title: '问题', key: 'm', render: (_, e) => chineseOnly(e.message) },
          ]}
        />
      )}
    </Card>
  );
}

function Findings({ report, exportHref }: { report: CheckReport; exportHref: string }) {
  const { message } = App.useApp();
  const [rule, setRule] = useState<string | undefined>();
  const titles = useMemo(() => Object.fromEntries(report.summary.map((s) => [s.rule, s.title])), [report]);
  const shown = rule ? report.flagged.filter((f) => f.rules.includes(rule)) : report.flagged;
  return (
    <>
      <Card size="small" title="与决算核对及其他发现">
        {report.findings.length === 0 ? (
          <Typography.Text type="secondary">没有发现问题</Typography.Text>
        ) : (
          <ul style={{ paddingInlineStart: 18, margin: 0 }} data-testid="ledger-findings">
            {report.findings.map((f) => (
              <li key={`${f.rule}|${f.message}|${f.calculation ?? ''}`}>
                <Tag color={SEVERITY[f.severity]?.[1]}>{SEVERITY[f.severity]?.[0]}</Tag>
                {chineseOnly(f.message)}
                {f.calculation ? <Typography.Text type="secondary">（{f.calculation}）</Typography.Text> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card size="small" title={`检查结果（共 ${report.entries} 条明细）`}>
        <Space wrap size="large" style={{ marginBottom: 12 }}>
          {report.summary.map((s) => (
            <Statistic key={s.rule} title={s.title} value={s.entries} suffix={`条 · ${yuan(s.amount)}元`} />
          ))}
        </Space>
        <Space wrap style={{ marginBottom: 8 }}>
          <Select allowClear placeholder="按检查项筛选" style={{ width: 240 }} value={rule} onChange={setRule} options={report.summary.map((s) => ({ value: s.rule, label: s.title }))} data-testid="ledger-rule-filter" />
          <Button onClick={() => downloadFile(exportHref).catch((err: unknown) => message.error(errorText(err)))}>导出 Excel</Button>
        </Space>
        <Table<FlaggedEntry>
          size="small"
          rowKey={(f) => `${f.entry.row}|${f.entry.column ?? ''}`}
          dataSource={shown}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          data-testid="ledger-flagged"
          columns={[
            {
              title: '行',
              key: 'row',
              render: (_, f) => (f.entry.column === undefined ? f.entry.row : `${f.entry.row}（第${f.entry.column}列）`),
              sorter: (a, b) => a.entry.row - b.entry.row || (a.entry.column ?? 0) - (b.entry.column ?? 0),
            },
            { title: '日期', key: 'd', render: (_, f) => f.entry.date, sorter: (a, b) => a.entry.date.localeCompare(b.entry.date) },
            { title: '凭证号', key: 'v', render: (_, f) => f.entry.voucher },
            {
              title: '摘要',
              key: 's',
              // An entry line's own 摘要, with its voucher's (凭证汇总式分录明细) after it.
              render: (_, f) => (f.entry.voucherSummary === undefined ? f.entry.summary : `${f.entry.summary}（凭证摘要：${f.entry.voucherSummary}）`),
            },
            { title: '金额（元）', key: 'a', align: 'right', render: (_, f) => yuan(f.entry.amount), sorter: (a, b) => a.entry.amount - b.entry.amount, defaultSortOrder: 'descend' },
            { title: '级别', key: 'sev', render: (_, f) => <Tag color={SEVERITY[f.severity]?.[1]}>{SEVERITY[f.severity]?.[0]}</Tag> },
            { title: '检查项', key: 'r', render: (_, f) => f.rules.map((r) => titles[r] ?? '其他检查').join('、') },
            { title: '说明', key: 'm', render: (_, f) => f.messages.map((m) => chineseOnly(m)).join('；') },
          ]}
        />
      </Card>
    </>
  );
}
