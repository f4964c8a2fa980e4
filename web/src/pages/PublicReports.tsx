/** The public page (no sign-in): published department-years with their key figures and scores. */
import { Alert, Button, Card, Descriptions, Empty, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorText, get } from '../api.ts';
import { reportLinks, useCapabilities } from '../components/Downloads.tsx';
import { wan } from '../money.ts';
import { navigate } from '../router.ts';
import type { DepartmentYear } from '../types.ts';

const KIND_LABEL: Record<string, string> = { administrative: '行政单位', 'civil-service-managed': '参照公务员法管理事业单位', 'public-institution': '事业单位' };

type Phased = { initialBudget?: number; adjustedBudget?: number; final?: number };

/** Integer 分 added phase by phase; a phase missing on either side stays missing. */
function sumPhases(a: Phased, b: Phased): Phased {
  const add = (x?: number, y?: number) => (x === undefined || y === undefined ? undefined : x + y);
  return { initialBudget: add(a.initialBudget, b.initialBudget), adjustedBudget: add(a.adjustedBudget, b.adjustedBudget), final: add(a.final, b.final) };
}

interface PublishedItem {
  id: string;
  departmentName: string;
  fiscalYear: number;
  totalFinal: number | null;
  spotCheckScore: number | null;
  publishedAt: string;
}

function Detail({ id, year }: { id: string; year: number }) {
  const caps = useCapabilities();
  const [data, setData] = useState<{ data: DepartmentYear; scoreGrade: string | null; spotCheckScore: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<{ data: DepartmentYear; scoreGrade: string | null; spotCheckScore: number | null }>(`/api/public/reports/${encodeURIComponent(id)}/${year}`)
      .then(setData)
      .catch((e: unknown) => setError(errorText(e)));
  }, [id, year]);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!data) return <Spin />;
  const dy = data.data;
  const links = caps ? reportLinks(caps.publicReports, id, year) : [];
  const phases = (a?: Phased) =>
    a ? `年初预算 ${wan(a.initialBudget) || '—'} / 全年预算 ${wan(a.adjustedBudget) || '—'} / 决算 ${wan(a.final) || '—'}` : '—';
  return (
    <Card title={`${dy.department.name} ${dy.fiscalYear}年度部门整体支出绩效自评`} extra={<Button onClick={() => navigate('public')}>返回列表</Button>} data-testid="public-detail">
      <Descriptions bordered size="small" column={1} labelStyle={{ width: 200 }}>
        <Descriptions.Item label="单位性质 / 主管部门">
          {KIND_LABEL[dy.department.kind]} / {dy.department.supervisor ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label="收入合计（万元）">{phases(dy.revenue.total)}</Descriptions.Item>
        <Descriptions.Item label="支出合计（万元）">
          {dy.expenditure.total ? phases(dy.expenditure.total) : `${phases(sumPhases(dy.expenditure.byNature.basic.amounts, dy.expenditure.byNature.project.amounts))}（基本支出＋项目支出）`}
        </Descriptions.Item>
        <Descriptions.Item label="基本支出（万元）">{phases(dy.expenditure.byNature.basic.amounts)}</Descriptions.Item>
        <Descriptions.Item label="项目支出（万元）">{phases(dy.expenditure.byNature.project.amounts)}</Descriptions.Item>
        <Descriptions.Item label="“三公”经费决算（万元）">{wan(dy.threePublic.total.final) || '—'}</Descriptions.Item>
        <Descriptions.Item label="自评得分">{dy.selfAssessment.score ?? '—'}{data.scoreGrade ? `（${data.scoreGrade}）` : ''}</Descriptions.Item>
        <Descriptions.Item label="财政抽查复核得分">{data.spotCheckScore ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="报告下载">
          {links.length === 0 ? (
            <Typography.Text type="secondary">报告下载尚未提供</Typography.Text>
          ) : (
            <Space>{links.map((l) => <Button key={l.href} href={l.href} size="small" target="_blank">{l.label}</Button>)}</Space>
          )}
        </Descriptions.Item>
      </Descriptions>
      {dy.narrative.problems.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>存在的问题</Typography.Title>
          <ol>{dy.narrative.problems.map((p) => <li key={`${p.title}|${p.detail}`}>{p.title}{p.detail ? `：${p.detail}` : ''}</li>)}</ol>
        </>
      )}
    </Card>
  );
}

export function PublicReports({ route }: { route: string[] }) {
  const [items, setItems] = useState<PublishedItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<{ items: PublishedItem[] }>('/api/public/reports')
      .then((r) => setItems(r.items))
      .catch((e: unknown) => setError(errorText(e)));
  }, []);
  if (route[1] && route[2]) return <Detail id={route[1]} year={Number(route[2])} />;
  if (error) return <Alert type="error" showIcon message={error} />;
  return (
    <>
      <Typography.Title level={3}>已公开的部门整体支出绩效自评</Typography.Title>
      <Typography.Paragraph type="secondary">以下为经财政部门审核并公开的单位年度绩效自评结果，任何人均可查看。</Typography.Paragraph>
      {items === null ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty description="暂无公开的报告" />
      ) : (
        <Table
          scroll={{ x: 'max-content' }}
          rowKey={(r) => `${r.id}@${r.fiscalYear}`}
          dataSource={items}
          data-testid="public-table"
          onRow={(r) => ({ onClick: () => navigate('public', r.id, r.fiscalYear), style: { cursor: 'pointer' } })}
          columns={[
            { title: '单位', dataIndex: 'departmentName', key: 'n', sorter: (a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN') },
            { title: '年度', dataIndex: 'fiscalYear', key: 'y', sorter: (a, b) => a.fiscalYear - b.fiscalYear },
            { title: '决算支出（万元）', key: 't', align: 'right', render: (_, r) => wan(r.totalFinal) || '—' },
            { title: '抽查复核得分', dataIndex: 'spotCheckScore', key: 's', render: (v: number | null) => v ?? '—' },
            { title: '公开时间', dataIndex: 'publishedAt', key: 'p', render: (v: string) => new Date(v).toLocaleDateString('zh-CN') },
          ]}
        />
      )}
    </>
  );
}
