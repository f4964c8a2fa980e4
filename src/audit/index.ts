/**
 * The auditor (体检): reads a self-evaluation report and lists each defect with its evidence and arithmetic.
 * This is the public surface other code relies on (the CLI's `check`, the server's POST /api/audit).
 */
import { type AuditOptions, type AuditReport, auditText } from './audit-text.ts';
import { readDocument } from './read/read-document.ts';

export { type AuditOptions, type AuditReport, auditReportForWeb, auditText } from './audit-text.ts';
export { CHECK_USAGE, checkCommand } from './check-command.ts';
export { AuditInputError } from './errors.ts';
export { normalizeText } from './read/normalize.ts';
export { readDocument } from './read/read-document.ts';
export { renderHtml } from './render/html.ts';
export { toJson } from './render/json.ts';
export { renderTerminal } from './render/terminal.ts';
export { PROFILES, RULE_IDS, type RuleId } from './rules/registry.ts';

/** Read any supported file and audit it; `file` in the report defaults to the path. */
export async function auditFile(path: string, options: AuditOptions = {}): Promise<AuditReport> {
  const { text } = await readDocument(path);
  return auditText(text, { ...options, file: options.file ?? path });
}
