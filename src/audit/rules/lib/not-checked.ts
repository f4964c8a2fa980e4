/**
 * A notChecked entry that tells the user what to do, said for where it is read (core/channel-message.ts): `message`
 * is the command line's and may name a flag (--fiscal-year); `webMessage` is the web app's and its API's, naming the
 * page's field instead. The report keeps the command line's text; auditReportForWeb swaps in the web's.
 */
import type { ChannelMessage } from '../../../core/channel-message.ts';
import type { RuleOptions } from './types.ts';

export function noteNotChecked(options: Pick<RuleOptions, 'notChecked' | 'webNotes'>, note: ChannelMessage): void {
  options.notChecked.push(note.message);
  if (note.webMessage !== undefined) options.webNotes?.set(note.message, note.webMessage);
}
