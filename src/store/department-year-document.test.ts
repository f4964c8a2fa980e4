import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { departmentYearSchema } from '../core/department-year.ts';
import { loadDemo } from '../reference/demo.ts';
import { decodeDocument, DOCUMENT_SCHEMA_VERSION, type RawDocument, upgradeDocument } from './department-year-document.ts';
import { StoreDataError } from './errors.ts';

describe('department-year documents', () => {
  it('upgrades an old document one schema version at a time, in order', () => {
    // Given a chain 1 → 2 → 3 that renames a field and then adds one
    const chain = {
      1: (doc: RawDocument) => {
        const { oldName, ...rest } = doc;
        return { ...rest, newName: oldName };
      },
      2: (doc: RawDocument) => ({ ...doc, added: `from ${String(doc['newName'])}` }),
    };
    // When a version-1 document is read by a program at version 3
    const up = upgradeDocument({ schemaVersion: 1, oldName: 'x' }, 1, chain, 3);
    // Then every step ran, and the document says its new version
    expect(up).toStrictEqual({ schemaVersion: 3, newName: 'x', added: 'from x' });
    expect(upgradeDocument({ schemaVersion: 3, a: 1 }, 3, chain, 3)).toStrictEqual({ schemaVersion: 3, a: 1 });
  });

  it('refuses a document from a newer program, and a gap in the chain, naming the version', () => {
    expect(() => upgradeDocument({}, DOCUMENT_SCHEMA_VERSION + 1)).toThrow(/比本程序支持的 1 新/);
    expect(() => upgradeDocument({}, 1, {}, 2)).toThrow(/no upgrade from document schema version 1/);
  });

  it('parses a stored document with the model: JSONB key order is restored, damage is named', () => {
    const demo = loadDemo();
    // JSONB returns keys in its own order (shortest first); the model's order comes back from the schema.
    const shuffled = Object.fromEntries(Object.entries(demo).reverse());
    const decoded = decodeDocument(shuffled, 1, 'test');
    expect(Object.keys(decoded)).toStrictEqual(Object.keys(demo));
    expect(decoded).toStrictEqual(demo);
    expect(() => decodeDocument({ ...demo, fiscalYear: 'x' }, 1, '部门年度 A')).toThrow(StoreDataError);
    expect(() => decodeDocument({ ...demo, fiscalYear: 'x' }, 1, '部门年度 A')).toThrow(/部门年度 A.*fiscalYear/);
    expect(() => decodeDocument([], 1, 'test')).toThrow(/不是 JSON 对象/);
  });

  it('a model with a new optional field decodes old and new documents without any change here', () => {
    const extended = departmentYearSchema.extend({
      department: departmentYearSchema.shape.department.extend({ foundedYear: z.number().int().optional() }),
    });
    const demo = loadDemo();
    expect(decodeDocument(demo, 1, 'old', extended)).toStrictEqual(demo);
    const newer = { ...demo, department: { ...demo.department, foundedYear: 1984 } };
    expect(decodeDocument(newer, 1, 'new', extended)).toStrictEqual(newer);
  });
});
