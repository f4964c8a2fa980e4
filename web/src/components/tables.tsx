/** Budget tables: lines with the three phases (年初预算数 / 全年预算数 / 决算数) in 万元, paged and sortable. */
import { Button, Popconfirm, Space, Table, Typography } from 'antd';
import { wan } from '../money.ts';
import type { Path } from '../paths.ts';
import { getIn, useEditor } from './editor-context.tsx';
import { AmountInput, FieldFindings, TextInput } from './fields.tsx';

const PHASES = [
  ['initialBudget', '年初预算数'],
  ['adjustedBudget', '全年预算数'],
  ['final', '决算数'],
] as const;

interface Line {
  code?: string;
  name: string;
  amounts: Partial<Record<(typeof PHASES)[number][0], number>>;
}

type Row = Line & { index: number };

/** One phased amount (a total) as a row of three inputs with its findings. */
export function PhasedRow({ label, path }: { label: string; path: Path }) {
  return (
    <div style={{ marginBottom: 12 }}>
      <Space align="start" wrap>
        <Typography.Text strong style={{ display: 'inline-block', width: 140, lineHeight: '32px' }}>
          {label}
        </Typography.Text>
        {PHASES.map(([phase, phaseLabel]) => (
          <Space key={phase} direction="vertical" size={0}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {phaseLabel}
            </Typography.Text>
            <AmountInput path={[...path, phase]} />
          </Space>
        ))}
      </Space>
      {PHASES.map(([phase]) => (
        <FieldFindings key={phase} path={[...path, phase]} />
      ))}
    </div>
  );
}

/** A list of coded lines (by source / function / economic class) with the three phases. */
export function PhasedLinesTable({ path, codeLabel = '科目代码', nameLabel = '科目名称', withCode = true }: { path: Path; codeLabel?: string; nameLabel?: string; withCode?: boolean }) {
  const { dy, set, readOnly } = useEditor();
  const lines = ((getIn(dy, path) as Line[] | undefined) ?? []).map((line, index) => ({ ...line, index }));
  const sum = (phase: (typeof PHASES)[number][0]) => lines.reduce((t, l) => t + (l.amounts[phase] ?? 0), 0);
  return (
    <>
      <Table<Row>
        scroll={{ x: 'max-content' }}
        size="small"
        rowKey="index"
        dataSource={lines}
        pagination={lines.length > 12 ? { pageSize: 12, showSizeChanger: false } : false}
        columns={[
          ...(withCode
            ? [
                {
                  title: codeLabel,
                  key: 'code',
                  width: 130,
                  sorter: (a: Row, b: Row) => (a.code ?? '').localeCompare(b.code ?? ''),
                  render: (_: unknown, l: Row) => <TextInput path={[...path, l.index, 'code']} width={110} />,
                },
              ]
            : []),
          {
            title: nameLabel,
            key: 'name',
            render: (_: unknown, l: Row) => (
              <>
                <TextInput path={[...path, l.index, 'name']} />
                <FieldFindings path={[...path, l.index]} below />
              </>
            ),
          },
          ...PHASES.map(([phase, label]) => ({
            title: `${label}（万元）`,
            key: phase,
            width: 170,
            sorter: (a: Row, b: Row) => (a.amounts[phase] ?? 0) - (b.amounts[phase] ?? 0),
            render: (_: unknown, l: Row) => <AmountInput path={[...path, l.index, 'amounts', phase]} width={150} />,
          })),
          {
            title: '',
            key: 'remove',
            width: 60,
            render: (_: unknown, l: Row) =>
              readOnly ? null : (
                <Popconfirm title="删除这一行？" onConfirm={() => set(path, lines.filter((x) => x.index !== l.index).map(({ index: _i, ...rest }) => rest))}>
                  <Button size="small" type="link" danger>
                    删除
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
        summary={() =>
          lines.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={withCode ? 2 : 1}>
                <Typography.Text type="secondary">各行合计（供核对）</Typography.Text>
              </Table.Summary.Cell>
              {PHASES.map(([phase], i) => (
                <Table.Summary.Cell key={phase} index={i + 2} align="right">
                  <Typography.Text type="secondary">{wan(sum(phase))}</Typography.Text>
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={5} />
            </Table.Summary.Row>
          ) : null
        }
      />
      {!readOnly && (
        <Button style={{ marginTop: 8 }} onClick={() => set(path, [...lines.map(({ index: _i, ...rest }) => rest), { name: '新科目', amounts: {} }])}>
          添加一行
        </Button>
      )}
    </>
  );
}
