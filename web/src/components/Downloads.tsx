/**
 * What the server's optional capabilities offer for a year: the computed evaluation score and the report
 * downloads. Each is found from /api/public/capabilities; a missing one says 「尚未提供」.
 */
import { App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorText, get } from '../api.ts';
import { downloadFile } from '../lib/download.ts';
import type { Capabilities } from '../types.ts';

interface EvaluationSummary {
  total: number;
  maxTotal: number;
  grade: string | null;
  status: string;
  /** The department's own score (自评) with the computed one beside: the figure every view states. */
  scoreSheet?: { department: { score: number | null; grade: string | null; unsupportedPoints: number } };
}

export function useCapabilities(): Capabilities | null {
  const [caps, setCaps] = useState<Capabilities | null>(null);
  useEffect(() => {
    get<Capabilities>('/api/public/capabilities')
      .then(setCaps)
      .catch(() => setCaps({ evaluation: [], reports: [], publicReports: [], audit: [] }));
  }, []);
  return caps;
}

export function fillRoute(route: string, id: string, year: number): string {
  return route.replace(':id', encodeURIComponent(id)).replace(':year', String(year));
}

const FORMAT_LABEL: [RegExp, string][] = [
  [/docx|word/i, 'Word'],
  [/pdf/i, 'PDF'],
  [/html/i, 'HTML'],
];

export function reportLinks(routes: string[], id: string, year: number): { href: string; label: string }[] {
  const links: { href: string; label: string }[] = [];
  for (const route of routes) {
    const href = fillRoute(route, id, year);
    if (/:format/.test(route)) {
      for (const f of ['docx', 'pdf', 'html']) links.push({ href: href.replace(':format', f), label: `下载 ${f.toUpperCase()}` });
    } else {
      const label = FORMAT_LABEL.find(([re]) => re.test(route))?.[1] ?? '报告';
      links.push({ href, label: `下载 ${label}` });
    }
  }
  return links;
}

export function Downloads({ id, year, compact = false }: { id: string; year: number; compact?: boolean }) {
  const { message } = App.useApp();
  const caps = useCapabilities();
  const [evaluation, setEvaluation] = useState<EvaluationSummary | null>(null);
  const [evalError, setEvalError] = useState<string | null>(null);
  // A final report is refused while validation finds errors: say so on the buttons instead of letting them
  // open the refusal.
  const [errorCount, setErrorCount] = useState<number | null>(null);
  useEffect(() => {
    get<{ summary: { errors: number } }>(`/api/departments/${encodeURIComponent(id)}/years/${year}/validation`)
      .then((v) => setErrorCount(v.summary.errors))
      .catch(() => setErrorCount(null));
  }, [id, year]);
  useEffect(() => {
    const route = caps?.evaluation[0];
    if (!route) return;
    get<EvaluationSummary>(fillRoute(route, id, year))
      .then(setEvaluation)
      .catch((e: unknown) => setEvalError(errorText(e)));
  }, [caps, id, year]);
  if (!caps) return null;
  const links = reportLinks(caps.reports, id, year);
  const refused = errorCount !== null && errorCount > 0;
  const fetchFile = (href: string) => {
    downloadFile(href, '自评报告').catch((err: unknown) => message.error(errorText(err)));
  };
  const draftLinks = links.map((l) => ({ href: `${l.href}${l.href.includes('?') ? '&' : '?'}draft=1`, label: l.label.replace('下载', '草稿') }));
  return (
    <Card size="small" title="自评得分与报告" variant={compact ? 'borderless' : 'outlined'} styles={compact ? { body: { padding: 0 }, header: { display: 'none' } } : undefined}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="自评得分">
          {evaluation?.scoreSheet ? (
            <span data-testid="department-self-score">
              {evaluation.scoreSheet.department.score === null
                ? '待填写'
                : `${Math.round(evaluation.scoreSheet.department.score * 100) / 100} / ${evaluation.maxTotal}（${evaluation.scoreSheet.department.grade}）`}
            </span>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="系统复核">
          {caps.evaluation.length === 0 ? (
            <Typography.Text type="secondary">尚未提供</Typography.Text>
          ) : evaluation ? (
            <span data-testid="evaluation-total">
              {Math.round(evaluation.total * 100) / 100} / {evaluation.maxTotal}
              {evaluation.status === 'incomplete' ? '（部分指标缺少依据）' : evaluation.grade ? `（${evaluation.grade}）` : ''}
              {(evaluation.scoreSheet?.department.unsupportedPoints ?? 0) > 0.005
                ? `；自评分中${Math.round((evaluation.scoreSheet?.department.unsupportedPoints ?? 0) * 100) / 100}分无数据支持`
                : ''}
            </span>
          ) : (
            <Typography.Text type="secondary">{evalError ?? '计算中…'}</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="自评报告">
          {links.length === 0 ? (
            <Typography.Text type="secondary">报告下载尚未提供</Typography.Text>
          ) : (
            <Space wrap>
              {links.map((l) => (
                <Button key={l.href} onClick={() => fetchFile(l.href)} size="small" disabled={refused} data-testid="final-download">
                  {l.label}
                </Button>
              ))}
              {refused && (
                <Typography.Text type="warning" data-testid="download-refused">
                  数据校验还有 {errorCount} 个错误，暂不能生成正式报告；请先修改，或下载带水印的草稿。
                </Typography.Text>
              )}
            </Space>
          )}
        </Descriptions.Item>
        {draftLinks.length > 0 && (
          <Descriptions.Item label="草稿（带水印，数据有误时也可生成）">
            <Space wrap>
              {draftLinks.map((l) => (
                <Button key={l.href} onClick={() => fetchFile(l.href)} size="small" type="dashed">
                  {l.label}
                </Button>
              ))}
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
