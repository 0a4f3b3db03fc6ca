import type { ChartConfiguration, TooltipItem } from 'chart.js'
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js'

// Only what a stacked bar chart uses, so the rest of Chart.js stays out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)

/** One stacked series. */
export interface BarSeries {
  readonly label: string
  readonly values: readonly number[]
  /** A Fluent token (`--colorBrandBackground`) for the bars' colour. */
  readonly colorToken: string
}

export interface BarChartData {
  /** One label per bar; an array is written on several lines. */
  readonly labels: readonly (string | readonly string[])[]
  readonly series: readonly BarSeries[]
  /** Bars drawn pale inside a solid outline: a forecast. */
  readonly faded?: readonly boolean[]
  /** Bars left to right (false) or top to bottom (true). */
  readonly horizontal?: boolean
  /** A value as the tooltip says it (`US$1,234.50`, `85`). */
  readonly formatValue: (value: number) => string
  /** A value on the axis, shorter (`US$1.2K`). */
  readonly formatTick: (value: number) => string
}

export interface BarChartHandle {
  update: (data: BarChartData) => void
  destroy: () => void
}

function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#616161'
}

/** The colour at about a third of its strength: #0f6cbd → #0f6cbd55. */
function faded(color: string): string {
  return /^#[\da-f]{6}$/i.test(color) ? `${color}55` : color
}

function configuration(data: BarChartData): ChartConfiguration<'bar'> {
  const valueAxis = data.horizontal ? 'x' : 'y'
  const isFaded = (index: number) => data.faded?.[index] === true
  // Chart.js's default grid is black at 10 %: gone on a dark page.
  const grid = token('--colorNeutralStroke2')
  return {
    type: 'bar',
    data: {
      labels: data.labels.map(label => (typeof label === 'string' ? label : [...label])),
      datasets: data.series.map(series => {
        const color = token(series.colorToken)
        return {
          label: series.label,
          data: [...series.values],
          backgroundColor: series.values.map((_, index) => (isFaded(index) ? faded(color) : color)),
          borderColor: color,
          borderWidth: series.values.map((_, index) => (isFaded(index) ? 2 : 0)),
          stack: 'total',
        }
      }),
    },
    options: {
      indexAxis: data.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      // The figures are already on the page: no animation to wait for, or to be distracted by.
      animation: false,
      scales: {
        x: { stacked: true, grid: { display: valueAxis === 'x', color: grid } },
        y: { stacked: true, grid: { display: valueAxis === 'y', color: grid } },
        [valueAxis]: { stacked: true, beginAtZero: true, ticks: { callback: value => data.formatTick(Number(value)) } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar'>) =>
              `${item.dataset.label ?? ''}: ${data.formatValue(Number(item.parsed[valueAxis]))}`,
          },
        },
      },
    },
  }
}

/** Text in the page's font and colour, read again at each draw: light and dark differ. */
function pageText(): void {
  Chart.defaults.font.family = token('--fontFamilyBase') || Chart.defaults.font.family
  Chart.defaults.color = token('--colorNeutralForeground2')
}

/**
 * Draws a stacked bar chart on `canvas`, in the Fluent look of the page. Its colours are the
 * tokens' at the time of drawing: `update` (with the same data) redraws them after a theme change.
 */
export function drawBarChart(canvas: HTMLCanvasElement, data: BarChartData): BarChartHandle {
  pageText()
  const chart = new Chart(canvas, configuration(data))
  return {
    update(next) {
      pageText()
      const { data: nextData, options } = configuration(next)
      chart.data = nextData
      chart.options = options ?? {}
      chart.update()
    },
    destroy: () => chart.destroy(),
  }
}
