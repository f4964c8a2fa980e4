/**
 * Charts rendered server-side: ECharts SSR to an SVG string (no DOM, no canvas). The bundled dist file is
 * loaded instead of the ESM tree because it loads ~5× faster under tsx (0.4 s against 2.1 s measured here).
 * Each chart is disposed right after rendering — otherwise zrender's loop keeps the process alive.
 */
import { createRequire } from 'node:module';
import type * as EChartsModule from 'echarts';

type ECharts = typeof EChartsModule;
export type ChartOption = EChartsModule.EChartsCoreOption;

let echarts: ECharts | undefined;

function load(): ECharts {
  if (!echarts) {
    const require = createRequire(import.meta.url);
    echarts = require('echarts/dist/echarts.js') as ECharts;
  }
  return echarts;
}

/** CJK-capable fonts first, so Chromium draws the labels with glyphs rather than boxes. */
export const CHART_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "黑体", "SimHei", sans-serif';

export function renderChartSvg(option: ChartOption, width: number, height: number): string {
  const chart = load().init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
