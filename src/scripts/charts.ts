// Indicator charts: shows each chart block, and only when one comes into view loads Chart.js (registered piecemeal,
// never chart.js/auto) and draws it. The numbers are also in a table beside each chart, so nothing depends on this.
import type { Chart as ChartInstance, ChartDataset } from 'chart.js';
import { DISPLAY_MODE_EVENT } from '../lib/display-modes.ts';
import { indicatorWords } from '../ui/accountability.ts';

interface ChartData {
  name: string;
  unit: string;
  labels: string[];
  values: number[];
  target: number | null;
}

/**
 * The chart's colours, read from the page's colour tokens (src/styles/global.css), so 高对比度 darkens them too; each
 * has at least 4.5:1 on white (7:1 in 高对比度). The target is also dashed, so colour is not the only cue.
 */
function palette(): { value: string; target: string; text: string; grid: string } {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string) => style.getPropertyValue(`--color-${name}`).trim();
  return {
    value: token('link'),
    target: token('warn'),
    text: token('ink'),
    grid: token('line'),
  };
}

/** The drawn charts by their block, to draw again when a display mode changes. */
const drawn = new Map<HTMLElement, Pick<ChartInstance, 'destroy'>>();

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
  const colours = palette();
  // 长者模式 enlarges the root font: the chart's text grows with it.
  const fontSize = Math.round((13 * parseFloat(getComputedStyle(document.documentElement).fontSize)) / 16);
  const format = (value: number | string) => `${value}${data.unit}`;
  const datasets: ChartDataset<'line', number[]>[] = [
    {
      label: indicatorWords.chartSeries(data.name, data.unit),
      data: data.values,
      borderColor: colours.value,
      backgroundColor: colours.value,
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
      borderColor: colours.target,
      backgroundColor: colours.target,
      borderWidth: 2,
      pointRadius: 0,
      pointHoverRadius: 0,
      tension: 0,
      // Dashed: the target line is told apart by its pattern, not only its colour.
      borderDash: [8, 6],
    });
  }
  drawn.get(block)?.destroy();
  const chart = new Chart(canvas, {
    type: 'line',
    data: { labels: data.labels, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: colours.text,
      font: { family: getComputedStyle(document.body).fontFamily, size: fontSize },
      plugins: {
        legend: {
          position: 'bottom',
          labels: {
            color: colours.text,
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
            color: colours.text,
            maxRotation: 0,
            autoSkip: true,
            callback: (_value, index) => splitPeriodLabel(data.labels[index] ?? ''),
          },
          grid: { color: colours.grid },
        },
        y: { ticks: { color: colours.text, callback: (value) => format(value) }, grid: { color: colours.grid } },
      },
    },
  });
  drawn.set(block, chart);
  block.dataset['chartDrawn'] = 'true';
  // The line's colour as drawn, so a test can tell the chart followed the display mode.
  block.dataset['chartColour'] = colours.value;
}

/** A new task: the browser handles input and paints in between, so loading and drawing are never one long task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let turn: Promise<void> = Promise.resolve();

/** Draws the charts one after another, each in its own task (Chart.js is evaluated in one before them). */
function drawInTurn(block: HTMLElement): void {
  turn = turn.then(async () => {
    try {
      await loadChartLibrary();
      await nextTask();
      await draw(block);
    } catch {
      // The table below the chart already has every number; a chart that fails to load is removed (not just hidden:
      // with scripts on, a hidden chart block keeps its place, see src/styles/global.css).
      block.remove();
    }
  });
}

// 高对比度 or 长者模式 switched on or off: draw the charts again in the new colours and size.
document.addEventListener(DISPLAY_MODE_EVENT, () => {
  for (const block of drawn.keys()) drawInTurn(block);
});

const blocks = [...document.querySelectorAll<HTMLElement>('[data-chart-block]')];
for (const block of blocks) block.hidden = false;
if (blocks.length && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        drawInTurn(entry.target as HTMLElement);
      }
    },
    // Only a chart on screen: one further down costs a reader nothing (55 KB of Chart.js, its evaluation) until reached.
    { rootMargin: '0px' },
  );
  for (const block of blocks) observer.observe(block);
} else {
  for (const block of blocks) block.remove();
}
