/**
 * Which department a screen works on: an officer's own; for reviewers, supervisors and admins, one chosen
 * from the departments they see (by name, never by code). The choice is the hash's second part.
 */
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { get } from '../api.ts';
import type { Session, YearListItem } from '../types.ts';

export interface DepartmentOption {
  id: string;
  name: string;
  years: number[];
}

export function useDepartments(): { departments: DepartmentOption[] | null; error: unknown; reload: () => void } {
  const [items, setItems] = useState<YearListItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    get<{ items: YearListItem[] }>('/api/department-years')
      .then((r) => setItems(r.items))
      .catch(setError);
  }, [tick]);
  const departments = items ? groupDepartments(items) : null;
  return { departments, error, reload: () => setTick((t) => t + 1) };
}

export function groupDepartments(items: readonly YearListItem[]): DepartmentOption[] {
  const byId = new Map<string, DepartmentOption>();
  for (const item of [...items].sort((a, b) => b.fiscalYear - a.fiscalYear)) {
    const d = byId.get(item.id) ?? { id: item.id, name: item.departmentName, years: [] };
    d.years.push(item.fiscalYear);
    byId.set(item.id, d);
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export function ownDepartment(session: Session): string | null {
  const u = session.user;
  return u.role === 'officer' && u.regionCode && u.departmentCode ? `${u.regionCode}.${u.departmentCode}` : null;
}

export function DepartmentSelect({ departments, value, onChange }: { departments: DepartmentOption[]; value: string | undefined; onChange: (id: string) => void }) {
  return (
    <Select
      data-testid="department-select"
      showSearch
      optionFilterProp="label"
      placeholder="选择单位"
      style={{ minWidth: 220, maxWidth: '100%' }}
      value={value}
      onChange={onChange}
      options={departments.map((d) => ({ value: d.id, label: d.name }))}
    />
  );
}
