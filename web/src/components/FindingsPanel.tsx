/** The validation findings and open review comments, each linking to the tab and field it concerns. */
import { Badge, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { pathLabel, plainText, sectionOf, SECTIONS, type SectionKey } from '../paths.ts';
import { chineseOnly } from '../lib/chinese.ts';
import type { Finding } from '../types.ts';

const SEVERITY = { error: ['错误', 'red'], warning: ['警告', 'orange'], info: ['提示', 'blue'] } as const;

export function FindingsPanel({ findings, onOpen, checking }: { findings: readonly Finding[]; onOpen: (section: SectionKey, path?: string) => void; checking: boolean }) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return (
    <Card
      size="small"
      title={
        <Space>
          校验与审核意见
          <Badge count={errors} showZero color={errors > 0 ? '#cf1322' : '#8c8c8c'} data-testid="error-count" title="错误" />
          <Badge count={warnings} showZero color={warnings > 0 ? '#d48806' : '#8c8c8c'} title="警告" />
          {checking && <Typography.Text type="secondary" style={{ fontSize: 12 }}>校验中…</Typography.Text>}
        </Space>
      }
      styles={{ body: { maxHeight: '70vh', overflow: 'auto', padding: 8 } }}
    >
      {findings.length === 0 ? (
        <Empty description="没有发现问题" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={[...findings]}
          data-testid="findings-list"
          renderItem={(f) => {
            const path = f.evidence.find((e) => e.path)?.path;
            const section = path ? sectionOf(path) : 'basic';
            const [label, color] = f.rule === 'review-comment' ? ['审核意见', 'purple'] : SEVERITY[f.severity];
            return (
              <List.Item style={{ cursor: 'pointer', display: 'block' }} onClick={() => onOpen(section, path)}>
                <Space size={4} wrap>
                  <Tag color={color}>{label}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {path ? pathLabel(path) : SECTIONS.find((s) => s.key === section)?.label}
                  </Typography.Text>
                </Space>
                <div style={{ fontSize: 13 }}>{plainText(chineseOnly(f.message, f.message))}</div>
                {f.calculation && <div style={{ fontSize: 12, color: '#666', fontFamily: 'monospace' }}>{plainText(f.calculation)}</div>}
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
