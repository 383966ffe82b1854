// <fos-chart>: the browser half of com.fashionos.ui.chart.FosChart.
// The server sets the "config" property to a JSON string:
//   { type: "bar" | "doughnut", title, summary, currency, locale, points: [{ label, value, text, key }],
//     colors: [CSS colour, ...] | null }
// Colours may be any CSS value (custom properties, light-dark(), color-mix()): the element resolves them to
// rgb() through a probe before Chart.js sees them, since Chart.js cannot parse those forms.
// The light DOM holds a data table for screen readers; it is slotted into a visually hidden box.
// After changing this file, run ui/frontend-tools/rebuild-bundles.sh and commit ui/src/main/bundles.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, Tooltip);

// Slice colours of doughnuts when the server names none: Lumo's.
const PALETTE = [
  'var(--lumo-primary-color, #1676f3)',
  'var(--lumo-success-color, #2c9a5b)',
  'var(--lumo-warning-color, #d08a00)',
  'var(--lumo-error-color, #e1373a)',
  'var(--lumo-contrast-50pct, #8a8f98)',
  'var(--lumo-primary-color-50pct, #8bb9f9)',
];

const TEMPLATE = document.createElement('template');
TEMPLATE.innerHTML = `
  <style>
    :host { display: block; position: relative; min-height: 12rem; }
    .box { position: relative; width: 100%; height: 100%; min-height: inherit; }
    :host([clickable]) canvas { cursor: pointer; }
    .visually-hidden {
      position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
      overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
    }
  </style>
  <div class="box"><canvas role="img"></canvas></div>
  <div class="visually-hidden"><slot></slot></div>
  <span class="probe" hidden></span>
`;

class FosChart extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).appendChild(TEMPLATE.content.cloneNode(true));
    this._canvas = this.shadowRoot.querySelector('canvas');
    this._probe = this.shadowRoot.querySelector('.probe');
    this._chart = null;
    this._config = null;
  }

  set config(value) {
    this._config = value;
    this._render();
  }

  get config() {
    return this._config;
  }

  connectedCallback() {
    // The server may have set the property before this module was loaded: take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this._config = value;
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  /** Any CSS colour value as the browser computes it (rgb()/rgba()), in this element's context. */
  _colour(value) {
    this._probe.style.color = '';
    this._probe.style.color = value;
    return getComputedStyle(this._probe).color;
  }

  _render() {
    if (!this.isConnected || !this._config) {
      return;
    }
    const cfg = typeof this._config === 'string' ? JSON.parse(this._config) : this._config;
    const style = getComputedStyle(this);
    const text = this._colour('var(--lumo-secondary-text-color, #5c6570)');
    const grid = this._colour('var(--lumo-contrast-10pct, rgba(0, 0, 0, 0.1))');
    const base = this._colour('var(--lumo-base-color, #fff)');
    const font = { family: style.getPropertyValue('--lumo-font-family').trim() || 'system-ui, sans-serif', size: 12 };
    const bar = cfg.type === 'bar';
    const points = cfg.points || [];
    const axis = cfg.currency
      ? new Intl.NumberFormat(cfg.locale, {
          style: 'currency',
          currency: cfg.currency,
          notation: 'compact',
          maximumFractionDigits: 1,
        })
      : new Intl.NumberFormat(cfg.locale, { maximumFractionDigits: 0 });

    this._canvas.setAttribute('aria-label', cfg.summary || cfg.title || '');
    const named = cfg.colors && cfg.colors.length > 0 ? cfg.colors : null;
    const palette = (named || PALETTE).map((c) => this._colour(c));
    // Bars share the primary colour unless the server names colours; slices always differ.
    const colours = bar && !named ? this._colour(PALETTE[0]) : points.map((p, i) => palette[i % palette.length]);

    const config = {
      type: bar ? 'bar' : 'doughnut',
      data: {
        labels: points.map((p) => p.label),
        datasets: [
          {
            label: cfg.title,
            data: points.map((p) => Number(p.value)),
            backgroundColor: colours,
            borderColor: bar ? undefined : base,
            borderWidth: bar ? 0 : 2,
            borderRadius: bar ? 4 : 0,
            maxBarThickness: 40,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: { duration: 250 },
        cutout: bar ? undefined : '62%',
        plugins: {
          legend: {
            display: !bar,
            position: 'right',
            labels: { color: text, font, boxWidth: 12, boxHeight: 12 },
          },
          tooltip: {
            callbacks: {
              label: (ctx) => ` ${points[ctx.dataIndex].text}`,
            },
          },
        },
        scales: bar
          ? {
              x: {
                ticks: { color: text, font, maxRotation: 0, autoSkip: false },
                grid: { display: false },
                border: { color: grid },
              },
              y: {
                beginAtZero: true,
                ticks: { color: text, font, precision: 0, maxTicksLimit: 5, callback: (v) => axis.format(v) },
                grid: { color: grid },
                border: { display: false },
              },
            }
          : {},
        onClick: (event, elements) => {
          if (elements.length > 0) {
            this.dispatchEvent(new CustomEvent('fos-chart-click', { detail: { index: elements[0].index } }));
          }
        },
      },
    };

    if (this._chart) {
      this._chart.destroy();
    }
    this._chart = new Chart(this._canvas, config);
  }
}

if (!customElements.get('fos-chart')) {
  customElements.define('fos-chart', FosChart);
}
