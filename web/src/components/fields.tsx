/** Editor fields bound to a path of the department-year, each showing the findings about its path. */
import { Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useAmountDecimals } from '../lib/display-settings.ts';
import { commitAmount, displayText, editText } from '../lib/money-input.ts';
import type { Path } from '../paths.ts';
import { pathText, plainText } from '../paths.ts';
import type { Finding } from '../types.ts';
import { findingsAt, getIn, useEditor } from './editor-context.tsx';

const SEVERITY_COLOR = { error: '#cf1322', warning: '#d48806', info: '#1677ff' } as const;

function worst(findings: readonly Finding[]): 'error' | 'warning' | undefined {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return undefined;
}

/** A value shown as text in the read-only view (reviewers, a submitted year): no grey disabled inputs. */
function ReadOnlyValue({ path, children, block = false }: { path: Path; children: React.ReactNode; block?: boolean }) {
  const empty = children === undefined || children === null || children === '';
  const style = { color: empty ? '#999' : undefined, whiteSpace: 'pre-wrap' as const, display: block ? 'block' : 'inline-block', minHeight: 22 };
  return (
    <span data-path={pathText(path)} className="jx-readonly" style={style}>
      {empty ? '—' : children}
    </span>
  );
}

/** The findings about one place, written under the field. */
export function FieldFindings({ path, below = false }: { path: Path; below?: boolean }) {
  const { findings } = useEditor();
  const list = findingsAt(findings, path, below, true);
  if (list.length === 0) return null;
  return (
    <div data-testid={`findings-${pathText(path)}`}>
      {list.map((f) => (
        <div key={`${f.rule}-${f.message}-${f.calculation ?? ''}`} style={{ color: SEVERITY_COLOR[f.severity], fontSize: 12, lineHeight: 1.5 }}>
          {f.rule === 'review-comment' ? '审核意见：' : ''}
          {plainText(f.message)}
          {f.calculation ? `（${plainText(f.calculation)}）` : ''}
        </div>
      ))}
    </div>
  );
}

/**
 * An amount typed and shown in 万元; stored as integer 分. While editing, the stored value is shown exactly;
 * leaving the field without changing its text writes nothing; text finer than 分 is refused beside the field.
 */
export function AmountInput({ path, width = 150 }: { path: Path; width?: number }) {
  const { dy, set, readOnly, findings } = useEditor();
  const decimals = useAmountDecimals();
  const value = getIn(dy, path) as number | undefined;
  const [editing, setEditing] = useState<{ text: string; start: string } | null>(null);
  const [bad, setBad] = useState<string | null>(null);
  const here = findingsAt(findings, path);
  const status = bad ? 'error' : worst(here);
  if (readOnly) {
    return (
      <span data-path={pathText(path)} className="jx-readonly-amount" style={{ display: 'inline-block', minWidth: width, textAlign: 'right' }}>
        {value === undefined ? '—' : displayText(value, decimals)}
      </span>
    );
  }
  const commit = () => {
    if (!editing) return;
    const result = commitAmount(editing.text, editing.start, value);
    if (result.kind === 'error') {
      setBad(result.message);
      return;
    }
    setBad(null);
    setEditing(null);
    if (result.kind === 'set') set(path, result.value);
  };
  return (
    <div style={{ display: 'inline-block', maxWidth: '100%' }}>
      <Input
        data-path={pathText(path)}
        value={editing ? editing.text : displayText(value, decimals)}
        status={status}
        inputMode="decimal"
        style={{ width, maxWidth: '100%', textAlign: 'right' }}
        suffix={<span style={{ color: '#aaa', fontSize: 11 }}>万元</span>}
        onFocus={(e) => {
          if (editing) return;
          const start = editText(value);
          setEditing({ text: start, start });
          // Put the exact text in now and select it, so typing replaces it (as after a Tab) instead of
          // appending to a value React would swap in only after this event.
          e.target.value = start;
          e.target.select();
        }}
        onChange={(e) => setEditing((cur) => ({ start: cur?.start ?? editText(value), text: e.target.value }))}
        onBlur={commit}
        onPressEnter={commit}
      />
      {bad && (
        <div role="alert" data-testid={`amount-error-${pathText(path)}`} style={{ color: SEVERITY_COLOR.error, fontSize: 12, lineHeight: 1.5, maxWidth: width }}>
          {bad}
        </div>
      )}
    </div>
  );
}

export function TextInput({ path, placeholder, width }: { path: Path; placeholder?: string; width?: number | string }) {
  const { dy, set, readOnly, findings } = useEditor();
  const value = (getIn(dy, path) as string | undefined) ?? '';
  if (readOnly) return <ReadOnlyValue path={path}>{value}</ReadOnlyValue>;
  return (
    <Input
      data-path={pathText(path)}
      value={value}
      placeholder={placeholder}
      status={worst(findingsAt(findings, path))}
      style={{ width }}
      onChange={(e) => set(path, e.target.value === '' ? undefined : e.target.value)}
    />
  );
}

export function LongText({ path, rows = 4, required = false }: { path: Path; rows?: number; required?: boolean }) {
  const { dy, set, readOnly } = useEditor();
  const value = (getIn(dy, path) as string | undefined) ?? '';
  if (readOnly) return <ReadOnlyValue path={path} block>{value}</ReadOnlyValue>;
  return (
    <Input.TextArea
      data-path={pathText(path)}
      value={value}
      rows={rows}
      onChange={(e) => set(path, required ? e.target.value : e.target.value === '' ? '' : e.target.value)}
    />
  );
}

/** A non-negative number as entered, marked by the findings at its path; empty means not stated. */
function QuantityInput({ path, width, precision, max, unit }: { path: Path; width: number; precision: number; max?: number; unit?: string }) {
  const { dy, set, readOnly, findings } = useEditor();
  const value = getIn(dy, path) as number | undefined;
  if (readOnly) return <ReadOnlyValue path={path}>{value === undefined || unit === undefined ? value : `${value}${unit}`}</ReadOnlyValue>;
  return (
    <InputNumber
      data-path={pathText(path)}
      value={value ?? null}
      min={0}
      max={max}
      precision={precision}
      suffix={unit}
      status={worst(findingsAt(findings, path))}
      style={{ width }}
      onChange={(v) => set(path, v === null ? undefined : v)}
    />
  );
}

export function CountInput({ path, width = 120 }: { path: Path; width?: number }) {
  return <QuantityInput path={path} width={width} precision={0} />;
}

export function ScoreInput({ path, width = 100 }: { path: Path; width?: number }) {
  const { dy, set, readOnly } = useEditor();
  const value = getIn(dy, path) as number | undefined;
  if (readOnly) return <ReadOnlyValue path={path}>{value}</ReadOnlyValue>;
  return (
    <InputNumber
      data-path={pathText(path)}
      value={value ?? null}
      min={0}
      max={100}
      step={0.5}
      style={{ width }}
      onChange={(v) => set(path, v === null ? undefined : v)}
    />
  );
}

export function TagsInput({ path, placeholder }: { path: Path; placeholder?: string }) {
  const { dy, set, readOnly } = useEditor();
  const value = (getIn(dy, path) as string[] | undefined) ?? [];
  if (readOnly) return <ReadOnlyValue path={path}>{value.length ? value.join('、') : undefined}</ReadOnlyValue>;
  return (
    <Select
      mode="tags"
      value={value}
      placeholder={placeholder}
      style={{ width: '100%' }}
      open={false}
      onChange={(v: string[]) => set(path, v)}
      tokenSeparators={['，', ',', '、']}
    />
  );
}

export function ChoiceInput({ path, options, width = 220 }: { path: Path; options: { value: string; label: string }[]; width?: number }) {
  const { dy, set, readOnly } = useEditor();
  const value = getIn(dy, path) as string | undefined;
  if (readOnly) return <ReadOnlyValue path={path}>{options.find((o) => o.value === value)?.label ?? value}</ReadOnlyValue>;
  return (
    <Select
      value={value}
      options={options}
      style={{ width }}
      onChange={(v: string) => set(path, v)}
    />
  );
}

/** A percentage (0–100) as entered, e.g. 支付进度; empty means not stated. */
export function PercentInput({ path, width = 140 }: { path: Path; width?: number }) {
  return <QuantityInput path={path} width={width} precision={2} max={100} unit="%" />;
}

/** A yes/no mark that may also be not stated yet (未标记): stored as true, false or absent — never absent read as no. */
export function FlagInput({ path, width = 110 }: { path: Path; width?: number }) {
  const { dy, set, readOnly } = useEditor();
  const value = getIn(dy, path) as boolean | undefined;
  const text = value === undefined ? undefined : value ? '是' : '否';
  if (readOnly) return <ReadOnlyValue path={path}>{text}</ReadOnlyValue>;
  return (
    <Select
      data-path={pathText(path)}
      value={value === undefined ? undefined : value ? 'yes' : 'no'}
      placeholder="未标记"
      allowClear
      options={[
        { value: 'yes', label: '是' },
        { value: 'no', label: '否' },
      ]}
      style={{ width }}
      onChange={(v: string | undefined) => set(path, v === undefined ? undefined : v === 'yes')}
    />
  );
}
