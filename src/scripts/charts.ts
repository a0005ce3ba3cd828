// Indicator charts: shows each chart block, and only when one nears the viewport loads Chart.js (registered piecemeal,
// never chart.js/auto) and draws it. The numbers are also in a table beside each chart, so nothing depends on this.
import type { ChartDataset } from 'chart.js';
import { indicatorWords } from '../ui/accountability.ts';

interface ChartData {
  name: string;
  unit: string;
  labels: string[];
  values: number[];
  target: number | null;
}

/**
 * The @theme tokens (src/styles/global.css) each part is drawn in, read from the page's CSS when a chart is drawn.
 * Each has at least 4.5:1 contrast on white; the target is also dashed, so colour is not the only cue.
 */
const COLOUR_TOKENS = { value: '--color-link', target: '--color-warn', text: '--color-ink', grid: '--color-line' } as const;

function themeColours(): Record<keyof typeof COLOUR_TOKENS, string> {
  const css = getComputedStyle(document.documentElement);
  const read = (token: string) => css.getPropertyValue(token).trim();
  return {
    value: read(COLOUR_TOKENS.value),
    target: read(COLOUR_TOKENS.target),
    text: read(COLOUR_TOKENS.text),
    grid: read(COLOUR_TOKENS.grid),
  };
}

let chartLibrary: Promise<typeof import('chart.js').Chart> | undefined;

function loadChartLibrary(): Promise<typeof import('chart.js').Chart> {
  chartLibrary ??= import('chart.js').then(
    ({ Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend }) => {
      Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
      return Chart;
    },
  );
  return chartLibrary;
}

/** 2024年第四季度 → ['2024年', '第四季度']; 2024年 stays one line. */
function splitPeriodLabel(label: string): string | string[] {
  const cut = label.indexOf(indicatorWords.yearSuffix) + 1;
  return cut > 0 && cut < label.length ? [label.slice(0, cut), label.slice(cut)] : label;
}

async function draw(block: HTMLElement): Promise<void> {
  const canvas = block.querySelector<HTMLCanvasElement>('canvas[data-chart-canvas]');
  const json = block.querySelector('script[data-chart-data]')?.textContent;
  if (!canvas || !json) return;
  const data = JSON.parse(json) as ChartData;
  const Chart = await loadChartLibrary();
  const COLOURS = themeColours();
  const format = (value: number | string) => `${value}${data.unit}`;
  const datasets: ChartDataset<'line', number[]>[] = [
    {
      label: indicatorWords.chartSeries(data.name, data.unit),
      data: data.values,
      borderColor: COLOURS.value,
      backgroundColor: COLOURS.value,
      borderWidth: 3,
      pointRadius: 4,
      pointHoverRadius: 6,
      tension: 0,
    },
  ];
  const target = data.target;
  if (target !== null) {
    datasets.push({
      label: indicatorWords.chartTarget(format(target)),
      data: data.labels.map(() => target),
      borderColor: COLOURS.target,
      backgroundColor: COLOURS.target,
      borderWidth: 2,
      pointRadius: 0,
      pointHoverRadius: 0,
      tension: 0,
      // Dashed: the target line is told apart by its pattern, not only its colour.
      borderDash: [8, 6],
    });
  }
  new Chart(canvas, {
    type: 'line',
    data: { labels: data.labels, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: COLOURS.text,
      font: { family: getComputedStyle(document.body).fontFamily, size: 13 },
      plugins: {
        legend: {
          position: 'bottom',
          labels: {
            color: COLOURS.text,
            usePointStyle: true,
            pointStyle: 'line',
            pointStyleWidth: 32,
            // A line sample per dataset; Chart.js takes a point's style for it, so put the target's dash back.
            generateLabels: (chart) =>
              Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => ({
                ...item,
                lineDash: (datasets[item.datasetIndex ?? 0]?.borderDash as number[] | undefined) ?? [],
                lineWidth: 3,
              })),
          },
        },
        tooltip: { callbacks: { label: (ctx) => indicatorWords.chartTooltip(ctx.dataset.label ?? '', format(ctx.parsed.y ?? '')) } },
      },
      scales: {
        x: {
          // 2024年第四季度 → two lines (2024年 / 第四季度), so the labels stay level and readable on a phone.
          ticks: {
            color: COLOURS.text,
            maxRotation: 0,
            autoSkip: true,
            callback: (_value, index) => splitPeriodLabel(data.labels[index] ?? ''),
          },
          grid: { color: COLOURS.grid },
        },
        y: { ticks: { color: COLOURS.text, callback: (value) => format(value) }, grid: { color: COLOURS.grid } },
      },
    },
  });
  block.dataset['chartDrawn'] = 'true';
}

const blocks = [...document.querySelectorAll<HTMLElement>('[data-chart-block]')];
for (const block of blocks) block.hidden = false;
if (blocks.length && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        draw(entry.target as HTMLElement).catch(() => {
          // The table below the chart already has every number; a chart that fails to load is hidden.
          (entry.target as HTMLElement).hidden = true;
        });
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const block of blocks) observer.observe(block);
} else {
  for (const block of blocks) block.hidden = true;
}
