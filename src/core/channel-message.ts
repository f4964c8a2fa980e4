/**
 * Messages that tell the user what to do next, said for where they are read. The command line acts through
 * commands and flags (`jixiao codes import`, `--mapping`); a web user cannot, and is told the page, the field or
 * the person instead. Such a message keeps the command line's text in `message` and carries the web app's text
 * in `webMessage` (absent when both read the same). Every HTTP answer goes through `forWeb`.
 */

/** Where a message is read: the command line (and its --json) or the web app and its API. */
export type Channel = 'cli' | 'web';

export interface ChannelMessage {
  /** The command line's text: it may name a command or a flag. */
  readonly message: string;
  /** The web app's text when it differs: names no command or flag, only what can be done in the web app. */
  readonly webMessage?: string;
}

/** The text for a channel. */
export function messageFor(m: ChannelMessage, channel: Channel): string {
  return channel === 'web' ? (m.webMessage ?? m.message) : m.message;
}

/** The object as the web app receives it: `message` is the web text, and `webMessage` is dropped. */
export function forWeb<T extends ChannelMessage>(m: T): Omit<T, 'webMessage'> {
  if (m.webMessage === undefined) return m;
  const { webMessage, ...rest } = m;
  return { ...rest, message: webMessage };
}
