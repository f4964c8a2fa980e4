/**
 * The department-year editor: tabs per section, findings beside the fields (validated live on the server as
 * the officer types), save with optimistic locking (If-Match), the review workflow and the audit trail.
 */
import { Alert, App, Button, Col, Modal, Row, Select, Space, Spin, Tabs, Tag, Typography, Upload } from 'antd';
import { setAmountDecimals, useAmountDecimals } from '../lib/display-settings.ts';
import { downloadFile } from '../lib/download.ts';
import { DISPLAY_DECIMALS } from '../lib/money-input.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, api, errorText, get } from '../api.ts';
import { AuditTrail } from '../components/AuditTrail.tsx';
import { VersionsPanel } from '../components/VersionsPanel.tsx';
import { EditorContext, type EditorState, setIn } from '../components/editor-context.tsx';
import { FindingsPanel } from '../components/FindingsPanel.tsx';
import { BasicSection, ExpenditureSection, GoalsSection, NarrativeSection, PerformanceSection, ProjectsSection, RevenueSection, StaffingSection, ThreePublicSection } from '../components/sections.tsx';
import { WorkflowPanel } from '../components/WorkflowPanel.tsx';
import { Downloads } from '../components/Downloads.tsx';
import { SelfEvaluationTables } from '../components/SelfEvaluationTables.tsx';
import { pathLabel, plainText, SECTIONS, type SectionKey } from '../paths.ts';
import { navigate } from '../router.ts';
import type { DepartmentYear, Finding, Session, StoredYear, ValidationResult, WorkflowState } from '../types.ts';

const SECTION_VIEW: Record<SectionKey, () => React.ReactNode> = {
  basic: BasicSection,
  staffing: StaffingSection,
  goals: GoalsSection,
  revenue: RevenueSection,
  expenditure: ExpenditureSection,
  projects: ProjectsSection,
  threePublic: ThreePublicSection,
  performance: PerformanceSection,
  narrative: NarrativeSection,
};

interface InputIssue {
  path: string;
  message: string;
}

function issuesAsFindings(details: unknown): Finding[] {
  if (!Array.isArray(details)) return [];
  return (details as InputIssue[]).map((d) => ({ rule: 'input', severity: 'error', message: d.message, evidence: [{ path: d.path }] }));
}

export function Editor({ id, year, session, tab }: { id: string; year: number; session: Session; tab?: string }) {
  const { message } = App.useApp();
  const decimals = useAmountDecimals();
  const [dy, setDy] = useState<DepartmentYear | null>(null);
  const [version, setVersion] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [checking, setChecking] = useState(false);
  const [workflow, setWorkflow] = useState<WorkflowState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  // the year is being read again (after a 409 on a workflow action, 刷新, an import): the workflow actions wait
  const [reloading, setReloading] = useState(false);
  const [conflict, setConflict] = useState(false);
  // an Excel import on its way: it will save a new version, so the workflow actions wait for it as for a reload
  const [importing, setImporting] = useState(false);
  // unsaved scores on the 自评表 tab (it keeps its own draft until 保存自评得分)
  const [scoresUnsaved, setScoresUnsaved] = useState(false);
  const [importIssues, setImportIssues] = useState<{ message: string; issues: InputIssue[] } | null>(null);
  const base = `/api/departments/${encodeURIComponent(id)}/years/${year}`;
  const activeTab = SECTIONS.some((s) => s.key === tab) || tab === 'review' || tab === 'audit' || tab === 'self-evaluation' || tab === 'versions' ? (tab as string) : 'basic';

  const load = useCallback(async () => {
    setReloading(true);
    try {
      const [stored, wf, validation] = await Promise.all([get<StoredYear>(base), get<WorkflowState>(`${base}/workflow`), get<ValidationResult>(`${base}/validation`)]);
      setDy(stored.data);
      setVersion(stored.version);
      setWorkflow(wf);
      setFindings(validation.findings);
      setDirty(false);
      setLoadError(null);
      setRefreshKey((k) => k + 1);
    } catch (err) {
      setLoadError(errorText(err));
    } finally {
      setReloading(false);
    }
  }, [base]);

  useEffect(() => {
    void load();
  }, [load]);

  // Live validation of the unsaved draft, half a second after the last change.
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!dy || !dirty) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(async () => {
      setChecking(true);
      try {
        setFindings((await api<ValidationResult>('/api/validate', { method: 'POST', body: dy })).data.findings);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'invalid-input') setFindings(issuesAsFindings(err.details));
      } finally {
        setChecking(false);
      }
    }, 500);
    return () => window.clearTimeout(timer.current);
  }, [dy, dirty]);

  const comments: Finding[] = useMemo(
    () => (workflow?.openComments ?? []).map((c) => ({ rule: 'review-comment', severity: 'warning', message: c.text, evidence: [{ path: c.path }] })),
    [workflow],
  );
  const allFindings = useMemo(() => [...comments, ...findings], [comments, findings]);

  const readOnly = !workflow?.editable;
  const ctx: EditorState | null = dy
    ? {
        dy,
        readOnly,
        findings: allFindings,
        set: (path, value) => {
          setDy((current) => (current ? setIn(current, path, value) : current));
          setDirty(true);
        },
      }
    : null;

  const save = async () => {
    if (!dy) return;
    setSaving(true);
    try {
      const r = await api<{ version: number }>(base, { method: 'PUT', body: dy, ifMatch: version });
      setVersion(r.data.version);
      setDirty(false);
      message.success('已保存');
      setRefreshKey((k) => k + 1);
      setWorkflow(await get<WorkflowState>(`${base}/workflow`));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'version-conflict') setConflict(true);
      else if (err instanceof ApiError && err.code === 'invalid-input') {
        setFindings(issuesAsFindings(err.details));
        message.error(`${err.message}：请按右侧提示修改`);
      } else message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  // The 自评表 saves its parts itself, which makes a new version of the year: read it again, so the next save
  // and the workflow actions name that version (else 报送 would meet a version conflict of the officer's own
  // making). Unsaved edits in the other tabs are kept; their save then meets the conflict, as it should.
  const afterPartSaved = async () => {
    if (!dirty) {
      await load();
      return;
    }
    setRefreshKey((k) => k + 1);
    try {
      setWorkflow(await get<WorkflowState>(`${base}/workflow`));
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const importWorkbook = async (file: File) => {
    if (dirty) {
      message.warning('请先保存或刷新当前修改，再导入 Excel');
      return;
    }
    setImporting(true);
    try {
      await api<{ version: number }>(`${base}/budget-tables`, { method: 'POST', raw: file, ifMatch: version, headers: { 'content-type': 'application/octet-stream' } });
      message.success('已导入 Excel 中的预决算表');
      await load();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'invalid-workbook') {
        setImportIssues({ message: err.message, issues: Array.isArray(err.details) ? (err.details as InputIssue[]) : [] });
      } else if (err instanceof ApiError && err.code === 'version-conflict') setConflict(true);
      else message.error(errorText(err));
    } finally {
      setImporting(false);
    }
  };

  if (loadError) return <Alert type="error" showIcon message="无法打开" description={loadError} />;
  if (!dy || !workflow || !ctx) return <Spin size="large" style={{ width: '100%', marginTop: 80 }} />;

  const openTab = (key: string) => navigate('editor', id, year, key);
  const fieldPaths = [...new Set(findings.flatMap((f) => f.evidence.map((e) => e.path).filter((p): p is string => !!p)))];

  return (
    <EditorContext.Provider value={ctx}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Space align="baseline" wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="editor-title">
            {dy.department.name} {dy.fiscalYear}年度
          </Typography.Title>
          <Tag>{workflow.statusLabel}</Tag>
          <Typography.Text type="secondary" data-testid="editor-version">版本 {version}</Typography.Text>
          {dirty && <Tag color="orange">有未保存的修改</Tag>}
        </Space>
        <Space wrap>
          {session.user.role !== 'reviewer' && (
            <Button type="primary" onClick={() => void save()} loading={saving} disabled={readOnly || !dirty} data-testid="save">
              保存
            </Button>
          )}
          <Button onClick={() => downloadFile(`${base}/budget-tables.xlsx`, '预决算表.xlsx').catch((err: unknown) => message.error(errorText(err)))} data-testid="excel-export">
            导出 Excel
          </Button>
          {session.user.role !== 'reviewer' && (
            <Upload
              accept=".xlsx"
              showUploadList={false}
              disabled={readOnly}
              data-testid="excel-import"
              beforeUpload={(file) => {
                void importWorkbook(file);
                return false;
              }}
            >
              <Button disabled={readOnly}>导入 Excel</Button>
            </Upload>
          )}
          <Button onClick={() => void load()}>刷新</Button>
          <Select
            data-testid="amount-decimals"
            aria-label="金额显示精度"
            value={decimals}
            style={{ width: 172 }}
            onChange={setAmountDecimals}
            options={DISPLAY_DECIMALS.map((d) => ({ value: d, label: `金额显示 ${d} 位小数` }))}
            labelRender={({ value }) => `金额显示 ${value} 位小数`}
            optionRender={(o) => `${o.value} 位小数`}
          />
        </Space>
      </Space>
      {readOnly && session.user.role !== 'reviewer' && (
        <Alert style={{ marginBottom: 12 }} type="info" showIcon message={`本年度数据“${workflow.statusLabel}”，在退回前为只读。`} />
      )}
      {workflow.openComments.length > 0 && (
        <Alert
          style={{ marginBottom: 12 }}
          type="warning"
          showIcon
          data-testid="open-comments"
          message={session.user.role === 'reviewer' ? '已退回，等待单位按以下意见修改后重新报送' : '财政审核退回了本年度数据，请按意见修改后重新报送'}
          description={workflow.openComments.map((c) => (
            <div key={`${c.path}|${c.text}`}>
              {c.path ? `【${pathLabel(c.path)}】` : ''}
              {c.text}
            </div>
          ))}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <Tabs
            activeKey={activeTab}
            onChange={openTab}
            items={[
              ...SECTIONS.map((s) => {
                const View = SECTION_VIEW[s.key];
                return { key: s.key, label: s.label, children: <View /> };
              }),
              {
                key: 'self-evaluation',
                label: '自评表',
                children: <SelfEvaluationTables id={id} year={year} editable={workflow.editable && session.user.role !== 'reviewer'} onSaved={() => void afterPartSaved()} onUnsavedChange={setScoresUnsaved} refreshKey={refreshKey} />,
              },
              {
                key: 'review',
                label: '审核与报告',
                children: (
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <WorkflowPanel
                      id={id}
                      year={year}
                      state={workflow}
                      fieldPaths={fieldPaths}
                      errorCount={findings.filter((f) => f.severity === 'error').length}
                      onChanged={() => void load()}
                      unsaved={dirty || saving || scoresUnsaved}
                      reloading={reloading || importing}
                    />
                    <Downloads id={id} year={year} />
                  </Space>
                ),
              },
              { key: 'audit', label: '修改留痕', children: <AuditTrail id={id} year={year} refreshKey={refreshKey} /> },
              { key: 'versions', label: '历史版本', children: <VersionsPanel id={id} year={year} refreshKey={refreshKey} /> },
            ]}
          />
        </Col>
        <Col xs={24} xl={7}>
          <FindingsPanel findings={allFindings} checking={checking} onOpen={(section) => openTab(section)} />
        </Col>
      </Row>
      <Modal open={importIssues !== null} title="Excel 未导入" footer={null} onCancel={() => setImportIssues(null)} width={640}>
        <Typography.Paragraph>{importIssues ? plainText(importIssues.message) : ''}</Typography.Paragraph>
        <ul data-testid="import-issues">
          {importIssues?.issues.map((i) => (
            <li key={i.path}>{plainText(i.message)}</li>
          ))}
        </ul>
      </Modal>
      <Modal
        open={conflict}
        title="无法保存"
        okText="刷新"
        cancelText="关闭"
        onOk={() => {
          setConflict(false);
          void load();
        }}
        onCancel={() => setConflict(false)}
      >
        <Typography.Paragraph data-testid="conflict-message">数据已被他人修改，请刷新。</Typography.Paragraph>
        <Typography.Paragraph type="secondary">刷新会载入最新数据，您未保存的修改将丢失；可先记下修改内容。</Typography.Paragraph>
      </Modal>
    </EditorContext.Provider>
  );
}
