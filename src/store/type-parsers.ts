/**
 * The one place where PostgreSQL values become JavaScript values. Both engines read through `pg` with these
 * parsers, so a query returns the same JS types on PGlite and on a PostgreSQL server.
 */
import pg from 'pg';

/** PostgreSQL type oids the parsers below replace (plain numbers: pg-types' TypeId enum lacks the array oids). */
const OID = {
  int8: 20,
  numeric: 1700,
  date: 1082,
  int8Array: 1016,
  numericArray: 1231,
  dateArray: 1182,
  textArray: 1009,
};

/** Thrown when an int8 value does not fit a JS number exactly (|n| > 2^53 − 1). */
export class UnsafeIntegerError extends Error {
  override name = 'UnsafeIntegerError';
}

/** int8 → number; refuses values a double cannot hold exactly instead of silently rounding money. */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new UnsafeIntegerError(
      `数据库中的整数 ${text} 超出安全范围 / integer ${text} from the database is outside the safe range`,
    );
  }
  return value;
}

type TextParser = (text: string) => unknown;

function arrayOf(parseElement: TextParser): TextParser {
  // pg's text[] parser splits a PostgreSQL array literal into strings (null stays null); we map the elements.
  const parseTextArray = pg.types.getTypeParser(OID.textArray, 'text') as (text: string) => (string | null)[];
  return (text) => parseTextArray(text).map((element) => (element === null ? null : parseElement(element)));
}

const identity: TextParser = (text) => text;

const textParsers = new Map<number, TextParser>([
  [OID.int8, parseInt8],
  // numeric keeps its exact decimal text; callers convert deliberately.
  [OID.numeric, identity],
  // date stays 'YYYY-MM-DD': a JS Date would shift it by the process's time zone.
  [OID.date, identity],
  [OID.int8Array, arrayOf(parseInt8)],
  [OID.numericArray, arrayOf(identity)],
  [OID.dateArray, arrayOf(identity)],
]);

/**
 * The `types` object given to every `pg` pool (server and PGlite adapter alike). It is passed per pool rather
 * than set globally with `pg.types.setTypeParser`, so no other user of `pg` in the process is affected.
 */
export const jixiaoTypes: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => {
    if (format !== 'binary') {
      const parser = textParsers.get(oid);
      if (parser) return parser;
    }
    return pg.types.getTypeParser(oid, format ?? 'text');
  },
};
