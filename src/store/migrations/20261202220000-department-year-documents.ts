/**
 * One department-year, one document (issue 14): department_years keeps the validated model as one JSONB
 * document instead of header columns plus ten child tables. Written by the same transaction as the document:
 * department_year_lines (amounts by classification code and phase, for province-wide SQL), the overview's
 * summary row, and department_year_versions (every saved version).
 *
 * Existing years are converted here, in batches: each year's old rows become its document through the frozen
 * mapping of the old layout (legacy-department-year-rows.ts), the lines come from amount_lines by SQL, and the
 * current version becomes the first entry of the history. Only then are the child tables and header columns
 * dropped. The summary trigger now reads the name and self-assessment from the document.
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';
import { fromRows, type LegacyTables, type StoredDepartmentYearRows } from './legacy-department-year-rows.ts';

const STATUSES = `'draft', 'submitted', 'returned', 'resubmitted', 'approved', 'published'`;
const YEAR_KEY_FK = `foreign key (region_code, department_code, fiscal_year)
      references department_years (region_code, department_code, fiscal_year) on delete cascade`;

const before = [
  'alter table department_years add column document jsonb',
  `create table department_year_versions (
    region_code text not null,
    department_code text not null,
    fiscal_year integer not null,
    version integer not null check (version >= 1),
    schema_version integer not null check (schema_version >= 1),
    document jsonb not null,
    actor_user_id integer,
    actor_name text,
    saved_at timestamptz not null default now(),
    primary key (region_code, department_code, fiscal_year, version),
    ${YEAR_KEY_FK}
  )`,
  `create table department_year_lines (
    region_code text not null,
    department_code text not null,
    fiscal_year integer not null,
    kind text not null
      check (kind in ('total', 'revenue-source', 'function', 'economic', 'basic-economic', 'nature')),
    position integer not null check (position >= 0),
    code text,
    name text not null,
    phase text not null check (phase in ('initialBudget', 'adjustedBudget', 'final')),
    amount bigint not null check (amount >= 0),
    primary key (region_code, department_code, fiscal_year, kind, position, phase),
    ${YEAR_KEY_FK}
  )`,
  // Province-wide sums of one year by classification code and phase.
  'create index department_year_lines_code on department_year_lines (fiscal_year, kind, code, phase)',
];

/**
 * The old amount_lines sections as projected lines: kind, position, code and name of the single amounts
 * (totals, by nature) are fixed; lists keep their code, name and position.
 */
const linesFromAmountLines = `
  insert into department_year_lines
    (region_code, department_code, fiscal_year, kind, position, code, name, phase, amount)
  select a.region_code, a.department_code, a.fiscal_year, m.kind,
         coalesce(m.position, a.position), coalesce(m.code, a.code), coalesce(m.name, a.name), p.phase, p.amount
    from amount_lines a
    join (values
      ('revenue.total', 'total', 0, 'revenue', '收入合计'),
      ('expenditure.total', 'total', 1, 'expenditure', '支出合计'),
      ('revenue.bySource', 'revenue-source', null, null, null),
      ('expenditure.byFunction', 'function', null, null, null),
      ('expenditure.byEconomic', 'economic', null, null, null),
      ('expenditure.byNature.basic.byEconomic', 'basic-economic', null, null, null),
      ('expenditure.byNature.basic', 'nature', 0, 'basic', '基本支出'),
      ('expenditure.byNature.basic.personnel', 'nature', 1, 'basic.personnel', '人员经费'),
      ('expenditure.byNature.basic.publicExpense', 'nature', 2, 'basic.public-expense', '公用经费'),
      ('expenditure.byNature.project', 'nature', 3, 'project', '项目支出')
    ) as m(section, kind, position, code, name) on m.section = a.section
    cross join lateral (values
      ('initialBudget', a.initial_budget), ('adjustedBudget', a.adjusted_budget), ('final', a.final)
    ) as p(phase, amount)
   where p.amount is not null`;

const historyFromYears = `
  insert into department_year_versions
    (region_code, department_code, fiscal_year, version, schema_version, document, saved_at)
  select region_code, department_code, fiscal_year, version, schema_version, document, updated_at
    from department_years`;

const after = [
  'alter table department_years alter column document set not null',
  ...[
    'indicators',
    'project_fund_sources',
    'projects',
    'amount_lines',
    'goals',
    'goal_evaluations',
    'staffing_establishment',
    'staffing_stated_counts',
    'three_public',
    'narrative_items',
  ].map((t) => `drop table ${t}`),
  // The summary's header columns now come from the document (the trigger runs before the columns go).
  `create or replace function department_year_summary_sync() returns trigger language plpgsql as $$
   begin
     update department_year_summaries set
       department_name = new.document->'department'->>'name', status = new.status, version = new.version,
       updated_at = new.updated_at, self_score = (new.document->'selfAssessment'->>'score')::numeric,
       self_grade = new.document->'selfAssessment'->>'grade'
      where region_code = new.region_code and department_code = new.department_code
        and fiscal_year = new.fiscal_year;
     if not found then
       insert into department_year_summaries
         (region_code, department_code, fiscal_year, department_name, status, version, updated_at, self_score, self_grade)
       values
         (new.region_code, new.department_code, new.fiscal_year, new.document->'department'->>'name', new.status,
          new.version, new.updated_at, (new.document->'selfAssessment'->>'score')::numeric,
          new.document->'selfAssessment'->>'grade');
     end if;
     return null;
   end
   $$`,
  `alter table department_years
     drop column region_province, drop column region_city, drop column region_county,
     drop column department_name, drop column department_short_names, drop column department_supervisor,
     drop column department_kind, drop column internal_units, drop column stated_internal_unit_count,
     drop column subordinate_units, drop column duties, drop column establishment_total,
     drop column staff_in_post, drop column retirees, drop column procurement_budget,
     drop column procurement_actual, drop column carry_over_beginning, drop column carry_over_ending,
     drop column fixed_assets_total_original_value, drop column fixed_assets_in_use_original_value,
     drop column fixed_assets_stated_threshold, drop column narrative_management,
     drop column narrative_government_funds, drop column narrative_state_capital,
     drop column narrative_social_insurance, drop column narrative_other_matters, drop column self_score,
     drop column self_max_score, drop column self_grade, drop column projects_evaluated,
     drop column display_unit, drop column display_decimals, drop column source_precision_unit,
     drop column source_precision_decimals`,
  `alter table department_years add constraint department_years_status check (status in (${STATUSES}))`,
  `alter table department_years add constraint department_years_schema_version check (schema_version >= 1)`,
];

/** Years converted per round trip: bounds memory on a province-sized database. */
const BATCH = 200;

/** ORDER BY the year key, then `extra` columns (one clause: Kysely deprecates orderBy with a list). */
const byKeyThen = (...extra: string[]) => sql.raw(['region_code', 'department_code', 'fiscal_year', ...extra].join(', '));

type YearKeyRow = { region_code: string; department_code: string; fiscal_year: number };

/** Build and store the document of every existing year from its old rows. */
async function buildDocuments(db: Kysely<LegacyTables>): Promise<void> {
  const keys = await db
    .selectFrom('department_years')
    .select(['region_code', 'department_code', 'fiscal_year'])
    .orderBy('region_code')
    .orderBy('department_code')
    .orderBy('fiscal_year')
    .execute();
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = keys.slice(i, i + BATCH);
    const first = batch[0]!;
    const last = batch[batch.length - 1]!;
    // Keys are contiguous in primary-key order, so the batch is one range of every table's primary key.
    const inBatch = sql<boolean>`(region_code, department_code, fiscal_year) between
      (${first.region_code}, ${first.department_code}, ${first.fiscal_year}) and
      (${last.region_code}, ${last.department_code}, ${last.fiscal_year})`;
    const byKey = <R extends YearKeyRow>(rows: R[]): Map<string, R[]> => {
      const map = new Map<string, R[]>();
      for (const r of rows) {
        const k = keyText(r);
        const list = map.get(k);
        if (list) list.push(r);
        else map.set(k, [r]);
      }
      return map;
    };
    const headers = await db.selectFrom('department_years').selectAll().where(inBatch).orderBy(byKeyThen()).execute();
    const establishment = byKey(
      await db.selectFrom('staffing_establishment').selectAll().where(inBatch).orderBy(byKeyThen('position')).execute(),
    );
    const statedCounts = byKey(
      await db.selectFrom('staffing_stated_counts').selectAll().where(inBatch).orderBy(byKeyThen('position')).execute(),
    );
    const goals = byKey(await db.selectFrom('goals').selectAll().where(inBatch).orderBy(byKeyThen('position')).execute());
    const goalEvaluations = byKey(
      await db.selectFrom('goal_evaluations').selectAll().where(inBatch).orderBy(byKeyThen('position')).execute(),
    );
    const amountLines = byKey(
      await db
        .selectFrom('amount_lines')
        .selectAll()
        .where(inBatch)
        .orderBy(byKeyThen('section', 'position'))
        .execute(),
    );
    const projects = byKey(
      await db.selectFrom('projects').selectAll().where(inBatch).orderBy(byKeyThen('position')).execute(),
    );
    const fundSources = byKey(
      await db
        .selectFrom('project_fund_sources')
        .selectAll()
        .where(inBatch)
        .orderBy(byKeyThen('project_position', 'position'))
        .execute(),
    );
    const indicators = byKey(
      await db
        .selectFrom('indicators')
        .selectAll()
        .where(inBatch)
        .orderBy(byKeyThen('owner_kind', 'owner_position', 'position'))
        .execute(),
    );
    const threePublic = byKey(await db.selectFrom('three_public').selectAll().where(inBatch).orderBy(byKeyThen()).execute());
    const narrativeItems = byKey(
      await db.selectFrom('narrative_items').selectAll().where(inBatch).orderBy(byKeyThen('kind', 'position')).execute(),
    );
    const documents = headers.map((header) => {
      const k = keyText(header);
      const stored: StoredDepartmentYearRows = {
        header,
        staffingEstablishment: establishment.get(k) ?? [],
        staffingStatedCounts: statedCounts.get(k) ?? [],
        goals: goals.get(k) ?? [],
        goalEvaluations: goalEvaluations.get(k) ?? [],
        amountLines: amountLines.get(k) ?? [],
        projects: projects.get(k) ?? [],
        projectFundSources: fundSources.get(k) ?? [],
        indicators: indicators.get(k) ?? [],
        threePublic: threePublic.get(k) ?? [],
        narrativeItems: narrativeItems.get(k) ?? [],
      };
      return JSON.stringify(fromRows(stored));
    });
    await sql`
      update department_years y set document = v.document::jsonb
        from unnest(${headers.map((h) => h.region_code)}::text[], ${headers.map((h) => h.department_code)}::text[],
                    ${headers.map((h) => h.fiscal_year)}::integer[], ${documents}::text[])
             as v(region_code, department_code, fiscal_year, document)
       where (y.region_code, y.department_code, y.fiscal_year) = (v.region_code, v.department_code, v.fiscal_year)`.execute(
      db,
    );
  }
}

function keyText(r: YearKeyRow): string {
  return JSON.stringify([r.region_code, r.department_code, r.fiscal_year]);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of before) await sql.raw(statement).execute(db);
  await buildDocuments(db as Kysely<LegacyTables>);
  await sql.raw(linesFromAmountLines).execute(db);
  await sql.raw(historyFromYears).execute(db);
  for (const statement of after) await sql.raw(statement).execute(db);
}
