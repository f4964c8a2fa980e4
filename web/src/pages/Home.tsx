/** A department officer's home: this year's status, findings, what is left to fill, and the actions. */
import { Alert, Button, Card, Col, Empty, Grid, List, Progress, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { errorText, get } from '../api.ts';
import { Downloads } from '../components/Downloads.tsx';
import { wan } from '../money.ts';
import { pathLabel, plainText } from '../paths.ts';
import { navigate } from '../router.ts';
import { type DepartmentYear, type Session, STATUS_COLOR, STATUS_LABEL, type StoredYear, type ValidationResult, type WorkflowState, type YearListItem } from '../types.ts';

interface Todo {
  label: string;
  done: boolean;
  tab: string;
}

/** What is left to fill: the parts a complete self-evaluation needs. */
export function todoList(dy: DepartmentYear): Todo[] {
  return [
    { label: '主要职能', done: dy.department.duties.trim() !== '', tab: 'basic' },
    { label: '内设机构', done: dy.department.internalUnits.length > 0, tab: 'basic' },
    { label: '编制与在职人数', done: dy.staffing.establishment.length > 0 && dy.staffing.inPost !== undefined, tab: 'staffing' },
    { label: '绩效目标与指标', done: dy.goals.length > 0 && dy.goals.some((g) => g.indicators.length > 0), tab: 'goals' },
    { label: '收入按来源', done: dy.revenue.bySource.length > 0, tab: 'revenue' },
    { label: '支出按功能分类', done: dy.expenditure.byFunction.length > 0, tab: 'expenditure' },
    { label: '支出按经济分类', done: dy.expenditure.byEconomic.length > 0 || dy.expenditure.byNature.basic.byEconomic.length > 0, tab: 'expenditure' },
    { label: '基本支出与项目支出', done: dy.expenditure.byNature.basic.amounts.final !== undefined && dy.expenditure.byNature.project.amounts.final !== undefined, tab: 'expenditure' },
    { label: '项目支出明细', done: dy.projects.length > 0, tab: 'projects' },
    { label: '“三公”经费', done: dy.threePublic.total.final !== undefined, tab: 'threePublic' },
    { label: '管理情况说明', done: dy.narrative.management.trim() !== '', tab: 'narrative' },
    { label: '存在问题与改进措施', done: dy.narrative.problems.length > 0 && dy.narrative.measures.length > 0, tab: 'narrative' },
    { label: '自评得分', done: dy.selfAssessment.score !== undefined, tab: 'narrative' },
  ];
}

function YearCard({ item }: { item: YearListItem }) {
  const wide = Grid.useBreakpoint().md !== false;
  const base = `/api/departments/${encodeURIComponent(item.id)}/years/${item.fiscalYear}`;
  const [data, setData] = useState<{ stored: StoredYear; validation: ValidationResult; workflow: WorkflowState } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([get<StoredYear>(base), get<ValidationResult>(`${base}/validation`), get<WorkflowState>(`${base}/workflow`)])
      .then(([stored, validation, workflow]) => setData({ stored, validation, workflow }))
      .catch((e: unknown) => setError(errorText(e)));
  }, [base]);
  if (error) return <Alert type="error" message={error} />;
  if (!data) return <Spin />;
  const todos = todoList(data.stored.data);
  const done = todos.filter((t) => t.done).length;
  const errors = data.validation.findings.filter((f) => f.severity === 'error');
  const dy = data.stored.data;
  const actions = (
        <Space wrap>
          <Button type="primary" onClick={() => navigate('editor', item.id, item.fiscalYear, 'basic')} data-testid="open-editor">
            {data.workflow.editable ? '填报 / 修改' : '查看'}
          </Button>
          <Button onClick={() => navigate('editor', item.id, item.fiscalYear, 'review')}>审核与报告</Button>
        </Space>
  );
  const nature = dy.expenditure.byNature;
  const spent =
    dy.expenditure.total?.final ??
    (nature.basic.amounts.final !== undefined && nature.project.amounts.final !== undefined ? nature.basic.amounts.final + nature.project.amounts.final : undefined);
  return (
    <Card
      title={
        <Space wrap>
          {item.departmentName} {item.fiscalYear}年度
          <Tag color={STATUS_COLOR[item.status]} data-testid="home-status">
            {data.workflow.statusLabel}
          </Tag>
        </Space>
      }
      extra={wide ? actions : undefined}
      style={{ marginBottom: 16 }}
    >
      {!wide && <div style={{ marginBottom: 12 }}>{actions}</div>}
      {data.workflow.openComments.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="财政审核已退回，请按意见修改后重新报送"
          description={data.workflow.openComments.map((c) => <div key={`${c.path}|${c.text}`}>{c.path ? `【${pathLabel(c.path)}】` : ''}{c.text}</div>)}
        />
      )}
      <Row gutter={[24, 16]}>
        <Col xs={24} md={6}>
          <Statistic title="决算支出（万元）" value={wan(spent) || '—'} />
          <Statistic title="自评得分" value={data.workflow.selfAssessment.score ?? '—'} suffix={data.workflow.scoreGrade ? `（${data.workflow.scoreGrade}）` : ''} style={{ marginTop: 12 }} />
          <Statistic title="抽查复核得分" value={data.workflow.review?.spotCheckScore ?? '—'} style={{ marginTop: 12 }} />
        </Col>
        <Col xs={24} md={9}>
          <Typography.Title level={5}>填报进度</Typography.Title>
          <Progress percent={Math.round((done / todos.length) * 100)} />
          <List
            size="small"
            dataSource={todos}
            renderItem={(t) => (
              <List.Item style={{ padding: '2px 0', cursor: 'pointer' }} onClick={() => navigate('editor', item.id, item.fiscalYear, t.tab)}>
                <Space>
                  {t.done ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <CloseCircleTwoTone twoToneColor="#cf1322" />}
                  <span style={{ color: t.done ? '#555' : '#cf1322' }}>{t.label}{t.done ? '' : '（待填写）'}</span>
                </Space>
              </List.Item>
            )}
          />
        </Col>
        <Col xs={24} md={9}>
          <Typography.Title level={5}>
            校验结果：
            <Typography.Text type={data.validation.summary.errors > 0 ? 'danger' : 'success'}>{data.validation.summary.errors} 个错误</Typography.Text>，{data.validation.summary.warnings} 个警告
          </Typography.Title>
          {errors.length === 0 ? (
            <Empty description="没有错误" image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <List size="small" dataSource={errors} renderItem={(f) => <List.Item style={{ padding: '4px 0', fontSize: 13 }}>{plainText(f.message)}{f.calculation ? `：${plainText(f.calculation)}` : ''}</List.Item>} />
          )}
        </Col>
      </Row>
      <div style={{ marginTop: 12 }}>
        <Downloads id={item.id} year={item.fiscalYear} compact />
      </div>
    </Card>
  );
}

export function Home({ session }: { session: Session }) {
  const [items, setItems] = useState<YearListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<{ items: YearListItem[] }>('/api/department-years')
      .then((r) => setItems(r.items))
      .catch((e: unknown) => setError(errorText(e)));
  }, []);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!items) return <Spin size="large" style={{ width: '100%', marginTop: 80 }} />;
  const latest = [...items].sort((a, b) => b.fiscalYear - a.fiscalYear);
  const current = latest.slice(0, session.user.role === 'officer' ? 1 : 3);
  return (
    <>
      <Typography.Title level={3}>您好，{session.user.displayName}</Typography.Title>
      {items.length === 0 && <Empty description="暂无可填报的单位年度数据" />}
      {current.map((item) => (
        <YearCard key={`${item.id}@${item.fiscalYear}`} item={item} />
      ))}
      {items.length > current.length && (
        <Card title="全部年度" size="small">
          <Table
            size="small"
            rowKey={(r) => `${r.id}@${r.fiscalYear}`}
            dataSource={latest}
            pagination={{ pageSize: 10 }}
            onRow={(r) => ({ onClick: () => navigate('editor', r.id, r.fiscalYear, 'basic'), style: { cursor: 'pointer' } })}
            columns={[
              { title: '单位', dataIndex: 'departmentName', key: 'n', sorter: (a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN') },
              { title: '年度', dataIndex: 'fiscalYear', key: 'y', sorter: (a, b) => a.fiscalYear - b.fiscalYear },
              { title: '状态', key: 's', render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{STATUS_LABEL[r.status] ?? r.status}</Tag> },
              { title: '决算支出（万元）', key: 't', align: 'right', render: (_, r) => wan(r.totalFinal) || '—' },
            ]}
          />
        </Card>
      )}
    </>
  );
}
