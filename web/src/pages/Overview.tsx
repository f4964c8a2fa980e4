/** The county overview for the finance bureau: every department-year in scope, sortable, with charts. */
import { Alert, Card, Col, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { errorText, get } from '../api.ts';
import { Chart, type ChartOption } from '../components/Chart.tsx';
import { wan } from '../money.ts';
import { navigate } from '../router.ts';
import { type OverviewItem, STATUS_COLOR, STATUS_LABEL } from '../types.ts';

export function Overview() {
  const [items, setItems] = useState<OverviewItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [year, setYear] = useState<number | 'all'>('all');
  useEffect(() => {
    get<{ items: OverviewItem[] }>('/api/overview')
      .then((r) => setItems(r.items))
      .catch((e: unknown) => setError(errorText(e)));
  }, []);
  const years = useMemo(() => [...new Set((items ?? []).map((i) => i.fiscalYear))].sort((a, b) => b - a), [items]);
  const shown = (items ?? []).filter((i) => year === 'all' || i.fiscalYear === year);

  const scoreChart: ChartOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: ['自评得分', '抽查复核得分'] },
      grid: { left: 40, right: 20, bottom: 70, top: 40 },
      xAxis: { type: 'category', data: shown.map((i) => `${i.departmentName}${years.length > 1 ? ` ${i.fiscalYear}` : ''}`), axisLabel: { rotate: shown.length > 6 ? 30 : 0, interval: 0 } },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        { name: '自评得分', type: 'bar', data: shown.map((i) => i.selfScore), itemStyle: { color: '#b8322a' } },
        { name: '抽查复核得分', type: 'bar', data: shown.map((i) => i.spotCheckScore), itemStyle: { color: '#d4a017' } },
      ],
    }),
    [shown, years.length],
  );
  const statusChart: ChartOption = useMemo(() => {
    const counts = new Map<string, number>();
    for (const i of shown) counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
    return {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], data: [...counts].map(([s, n]) => ({ name: STATUS_LABEL[s] ?? s, value: n })), label: { formatter: '{b}：{c}' } }],
    };
  }, [shown]);

  if (error) return <Alert type="error" showIcon message={error} />;
  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          县域总览
        </Typography.Title>
        <Select
          value={year}
          style={{ width: 140 }}
          onChange={setYear}
          options={[{ value: 'all', label: '全部年度' }, ...years.map((y) => ({ value: y, label: `${y}年度` }))]}
        />
      </Space>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}><Card size="small"><Statistic title="单位年度数" value={shown.length} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title="待审核" value={shown.filter((i) => i.status === 'submitted' || i.status === 'resubmitted').length} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title="已公开" value={shown.filter((i) => i.status === 'published').length} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title="存在校验错误的单位" value={shown.filter((i) => i.errors > 0).length} valueStyle={{ color: shown.filter((i) => i.errors > 0).length > 0 ? '#cf1322' : undefined }} /></Card></Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={15}>
          <Card size="small" title="自评得分与抽查复核得分">
            <Chart option={scoreChart} testId="score-chart" />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title="审核状态">
            <Chart option={statusChart} />
          </Card>
        </Col>
      </Row>
      <Table
        scroll={{ x: 'max-content' }}
        rowKey={(r) => `${r.id}@${r.fiscalYear}`}
        loading={items === null}
        dataSource={shown}
        data-testid="overview-table"
        pagination={{ pageSize: 20 }}
        onRow={(r) => ({ onClick: () => navigate('editor', r.id, r.fiscalYear, 'review'), style: { cursor: 'pointer' } })}
        columns={[
          { title: '单位', dataIndex: 'departmentName', key: 'name', sorter: (a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN') },
          { title: '年度', dataIndex: 'fiscalYear', key: 'year', width: 80, sorter: (a, b) => a.fiscalYear - b.fiscalYear },
          { title: '状态', key: 'status', width: 110, sorter: (a, b) => a.status.localeCompare(b.status), render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{r.statusLabel}</Tag> },
          { title: '决算支出（万元）', key: 'total', align: 'right', width: 150, sorter: (a, b) => (a.totalFinal ?? 0) - (b.totalFinal ?? 0), render: (_, r) => wan(r.totalFinal) || '—' },
          { title: '自评得分', dataIndex: 'selfScore', key: 'self', width: 100, sorter: (a, b) => (a.selfScore ?? -1) - (b.selfScore ?? -1), render: (v: number | null) => v ?? '—' },
          { title: '等级', dataIndex: 'selfGrade', key: 'grade', width: 70, render: (v: string | null) => v ?? '—' },
          { title: '抽查复核得分', dataIndex: 'spotCheckScore', key: 'spot', width: 120, sorter: (a, b) => (a.spotCheckScore ?? -1) - (b.spotCheckScore ?? -1), render: (v: number | null) => v ?? '—' },
          { title: '错误', dataIndex: 'errors', key: 'errors', width: 80, sorter: (a, b) => a.errors - b.errors, render: (v: number) => (v > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : 0) },
          { title: '警告', dataIndex: 'warnings', key: 'warnings', width: 80, sorter: (a, b) => a.warnings - b.warnings },
          { title: '更新时间', dataIndex: 'updatedAt', key: 'updated', width: 170, sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt), render: (v: string) => new Date(v).toLocaleString('zh-CN', { hour12: false }) },
        ]}
      />
    </>
  );
}
