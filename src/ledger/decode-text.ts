/** The ledger reads text through the shared table reader (src/reference/table-file.ts). */
export { decodeText, type TextEncodingName } from '../reference/table-file.ts';
