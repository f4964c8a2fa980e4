/**
 * A parse limit was hit: too many cells or paragraphs, too much memory (413), or too much time (422); or every
 * parse worker is busy and the queue is full (503). Carries the HTTP status and the project's error code.
 */
export type ParseLimitKind = 'too-many-cells' | 'too-many-paragraphs' | 'parse-memory' | 'parse-timeout' | 'parse-busy';

const STATUS: Record<ParseLimitKind, number> = {
  'too-many-cells': 413,
  'too-many-paragraphs': 413,
  'parse-memory': 413,
  'parse-timeout': 422,
  'parse-busy': 503,
};

export class ParseLimitError extends Error {
  override name = 'ParseLimitError';
  readonly statusCode: number;
  constructor(
    readonly kind: ParseLimitKind,
    message: string,
  ) {
    super(message);
    this.statusCode = STATUS[kind];
  }
}
