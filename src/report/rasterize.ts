/**
 * SVG charts → PNG for Word (Word and WPS need a raster image; docx's SVG embedding needs a PNG fallback
 * anyway). All charts of a report go through one page of the warm browser; results are cached by content,
 * so a report rendered twice rasterises nothing the second time.
 */
import { createHash } from 'node:crypto';
import { withPage } from './browser.ts';

const SCALE = 2;
const cache = new Map<string, Buffer>();
const CACHE_LIMIT = 64;

export interface SvgImage {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** ECharts numbers its class names per instance and per process (zr0-cls-3 …); the picture is the same. */
function key(img: SvgImage): string {
  const svg = img.svg.replace(/\bzr\d*-[\w-]+/g, 'zr');
  return createHash('sha256').update(`${img.width}x${img.height}\n${svg}`).digest('hex');
}

export async function rasterizeSvgs(images: readonly SvgImage[]): Promise<Buffer[]> {
  const keys = images.map(key);
  const missing = images.map((img, i) => ({ img, k: keys[i]! })).filter(({ k }) => !cache.has(k));
  if (missing.length > 0) {
    await withPage(async (page) => {
      const body = missing
        .map(({ img }, i) => `<div id="c${i}" style="width:${img.width}px;height:${img.height}px;background:#fff">${img.svg}</div>`)
        .join('');
      await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:#fff">${body}</body></html>`);
      for (const [i, { k }] of missing.entries()) {
        const png = await page.locator(`#c${i}`).screenshot({ type: 'png' });
        if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
        cache.set(k, png);
      }
    }, SCALE);
  }
  return keys.map((k) => cache.get(k)!);
}
