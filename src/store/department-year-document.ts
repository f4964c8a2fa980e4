/**
 * A department-year as stored: the validated model itself, as one JSONB document, tagged with its schema
 * version. The store names no field of the model here — a new optional field is stored and read back without
 * any change in store/. A document saved under an older schema version is upgraded on read by the chain below,
 * one version at a time, then parsed by the model's own schema (which also restores its key order: JSONB
 * keeps keys in its own order).
 */
import type { z } from 'zod';
import { type DepartmentYear, departmentYearSchema } from '../core/department-year.ts';
import { StoreDataError } from './errors.ts';

/** The schema version documents are written at: the model's own `schemaVersion`. */
export const DOCUMENT_SCHEMA_VERSION = 1 satisfies DepartmentYear['schemaVersion'];

/** A document as JSON: an object of unknown shape until parsed. */
export type RawDocument = Record<string, unknown>;

/**
 * Upgrade steps: UPGRADES[n] turns a version-n document into a version-(n+1) one. Empty while only version 1
 * exists; when the model's schemaVersion goes to 2, add `1: (doc) => …` (pure, no database).
 */
export const UPGRADES: Readonly<Record<number, (doc: RawDocument) => RawDocument>> = {};

/** Bring a stored document to DOCUMENT_SCHEMA_VERSION through the upgrade chain. */
export function upgradeDocument(
  doc: RawDocument,
  fromVersion: number,
  upgrades: Readonly<Record<number, (doc: RawDocument) => RawDocument>> = UPGRADES,
  toVersion: number = DOCUMENT_SCHEMA_VERSION,
): RawDocument {
  if (fromVersion > toVersion) {
    throw new StoreDataError(
      `数据版本 ${fromVersion} 比本程序支持的 ${toVersion} 新，请升级 Jixiao / document schema version ${fromVersion} is newer than ${toVersion}: upgrade Jixiao`,
    );
  }
  let current = doc;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = upgrades[v];
    if (!step) {
      throw new StoreDataError(`缺少数据版本 ${v} 的升级步骤 / no upgrade from document schema version ${v}`);
    }
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return current;
}

/** The schema a read document is parsed with (tests pass the model extended by a field). */
export type DocumentSchema = z.ZodType<DepartmentYear, unknown>;

/**
 * A stored document as the model: upgraded, then parsed. A document that does not parse is a damaged
 * database, reported with the year and the first bad field.
 */
export function decodeDocument(
  raw: unknown,
  schemaVersion: number,
  where: string,
  schema: DocumentSchema = departmentYearSchema,
): DepartmentYear {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new StoreDataError(`${where} 的数据不是 JSON 对象 / ${where}: document is not a JSON object`);
  }
  const parsed = schema.safeParse(upgradeDocument(raw as RawDocument, schemaVersion));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? issue.path.join('.') : '';
    throw new StoreDataError(
      `${where} 的数据无法读取（${path}：${issue?.message ?? ''}）/ ${where}: stored document does not parse at ${path}`,
    );
  }
  return parsed.data;
}

/** The JSON text of a document to store. */
export function encodeDocument(dy: DepartmentYear): string {
  return JSON.stringify(dy);
}
