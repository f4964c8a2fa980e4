/**
 * Count the paragraphs of a .docx before it is parsed into a tree: 130 KB of zipped `<w:p/>` make 1.3 million
 * paragraphs and stalled the server for over a minute. The XML is inflated in chunks (bounded by the caller's
 * zip-bomb limit) and only the paragraph tags are counted.
 */
import JSZip from 'jszip';
import { ParseLimitError } from './parse-limit-error.ts';

interface ChunkStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error' | 'end', fn: (err?: unknown) => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

const PARAGRAPH = /<w:p(?=[\s>/])/g;

/** Paragraphs of word/document.xml; throws ParseLimitError past `limit`. An unreadable archive counts 0 (the reader explains it). */
export async function prescanDocxParagraphs(buffer: Uint8Array, limit: number, maxUnzippedBytes: number): Promise<number> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    return 0;
  }
  const document = zip.file('word/document.xml');
  if (!document) return 0;
  return new Promise<number>((resolve, reject) => {
    let count = 0;
    let inflated = 0;
    let tail = '';
    let done = false;
    const stream = (document as unknown as { internalStream(t: 'uint8array'): ChunkStream }).internalStream('uint8array');
    const stop = (outcome: () => void) => {
      done = true;
      stream.pause();
      outcome();
    };
    stream
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        inflated += chunk.byteLength;
        // Past the zip-bomb limit the reader refuses the file with its own message.
        if (inflated > maxUnzippedBytes) return stop(() => resolve(count));
        const text = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
        // A match needs the character after "<w:p", so one found here never starts in the kept 4-character tail.
        count += text.match(PARAGRAPH)?.length ?? 0;
        tail = text.slice(-4);
        if (count > limit) {
          stop(() =>
            reject(
              new ParseLimitError(
                'too-many-paragraphs',
                `Word 文档段落过多（超过 ${limit.toLocaleString('en-US')} 段），拒绝读取 / the .docx has more than ${limit} paragraphs`,
              ),
            ),
          );
        }
      })
      .on('error', () => {
        if (!done) stop(() => resolve(count));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        resolve(count);
      })
      .resume();
  });
}
