/**
 * Every migration, listed explicitly (no filesystem scan, so bundling or running from sources behaves the
 * same). Names are timestamps, sorted as text by Kysely's Migrator. Append only.
 */
import type { Migration } from 'kysely';
import * as initialSchema from './20261127150000-initial-schema.ts';
import * as accountsWorkflowAudit from './20261127160000-accounts-workflow-audit.ts';
import * as assets from './20261127170000-assets.ts';
import * as ledger from './20261127180000-ledger.ts';
import * as summaries from './20261127191500-summaries.ts';
import * as scoreOverrides from './20261127194500-score-overrides.ts';
import * as departmentYearDocuments from './20261202220000-department-year-documents.ts';
import * as assetRegisterColumns from './20261202221500-asset-register-columns.ts';
import * as stocktakeUnstatedCondition from './20261202223000-stocktake-unstated-condition.ts';
import * as documentWritePath from './20261202230000-document-write-path.ts';
import * as auditLogNoTruncate from './20261202233000-audit-log-no-truncate.ts';
import * as linesDigest from './20261202233500-lines-digest.ts';
import * as assetAndUserVersions from './20261203110000-asset-and-user-versions.ts';
import * as ledgerSourceColumn from './20261203170000-ledger-source-column.ts';
import * as ledgerFunctionName from './20261203200000-ledger-function-name.ts';
import * as ledgerVoucherSummary from './20261203230000-ledger-voucher-summary.ts';
import * as ledgerNatureSource from './20261204000000-ledger-nature-source.ts';
import * as ledgerAccountNature from './20261204143000-ledger-account-nature.ts';
import * as stocktakeUnmappedStatus from './20261206190000-stocktake-unmapped-status.ts';
import * as ledgerDepartment from './20261206220000-ledger-department.ts';

/** The migrations by name, oldest first. */
export const migrations: Readonly<Record<string, Migration>> = {
  '20261127150000_initial_schema': initialSchema,
  '20261127160000_accounts_workflow_audit': accountsWorkflowAudit,
  '20261127170000_assets': assets,
  '20261127180000_ledger': ledger,
  '20261127191500_summaries': summaries,
  '20261127194500_score_overrides': scoreOverrides,
  '20261202220000_department_year_documents': departmentYearDocuments,
  '20261202221500_asset_register_columns': assetRegisterColumns,
  '20261202223000_stocktake_unstated_condition': stocktakeUnstatedCondition,
  '20261202230000_document_write_path': documentWritePath,
  '20261202233000_audit_log_no_truncate': auditLogNoTruncate,
  '20261202233500_lines_digest': linesDigest,
  '20261203110000_asset_and_user_versions': assetAndUserVersions,
  '20261203170000_ledger_source_column': ledgerSourceColumn,
  '20261203200000_ledger_function_name': ledgerFunctionName,
  '20261203230000_ledger_voucher_summary': ledgerVoucherSummary,
  '20261204000000_ledger_nature_source': ledgerNatureSource,
  '20261204143000_ledger_account_nature': ledgerAccountNature,
  '20261206190000_stocktake_unmapped_status': stocktakeUnmappedStatus,
  '20261206220000_ledger_department': ledgerDepartment,
};
