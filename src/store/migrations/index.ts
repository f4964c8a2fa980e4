/**
 * Every migration, listed explicitly (no filesystem scan, so bundling or running from sources behaves the
 * same). Names are timestamps, sorted as text by Kysely's Migrator. Append only.
 */
import type { Migration } from 'kysely';
import * as initialSchema from './20261127150000-initial-schema.ts';

/** The migrations by name, oldest first. */
export const migrations: Readonly<Record<string, Migration>> = {
  '20261127150000_initial_schema': initialSchema,
};
