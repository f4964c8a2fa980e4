import { describe, expect, it } from 'vitest';
import { forWeb, messageFor } from './channel-message.ts';

describe('a message said for each channel', () => {
  const both = { rule: 'r', message: '可用 jixiao codes import 导入 / import it', webMessage: '请管理员导入 / ask an administrator' };
  it('gives the command line its own text and the web app the web text', () => {
    expect(messageFor(both, 'cli')).toBe('可用 jixiao codes import 导入 / import it');
    expect(messageFor(both, 'web')).toBe('请管理员导入 / ask an administrator');
  });
  it('turns an object into what the web app receives: the web text as message, no webMessage field', () => {
    expect(forWeb(both)).toEqual({ rule: 'r', message: '请管理员导入 / ask an administrator' });
  });
  it('leaves one text for both as it is', () => {
    const one = { message: '金额为空 / amount is empty' };
    expect(messageFor(one, 'web')).toBe(one.message);
    expect(forWeb(one)).toBe(one);
  });
});
