/** Input the auditor cannot read. The message is one line, Chinese then English, and is shown as is. */
export class AuditInputError extends Error {
  override name = 'AuditInputError';
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, ' '));
  }
}
