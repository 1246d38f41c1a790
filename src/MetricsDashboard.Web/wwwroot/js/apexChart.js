// The one module behind the <ApexChart> component. ApexCharts itself is loaded globally from
// lib/apexcharts (npm apexcharts 4.7.0, MIT). Formatter functions cannot be sent from C#, so the
// component sends `numberFormat` and this module turns it into tooltip and axis formatters.

let zhCnLocale = null;

async function loadZhCn() {
    if (zhCnLocale) return zhCnLocale;
    try {
        const response = await fetch('lib/apexcharts/locales/zh-cn.json');
        zhCnLocale = response.ok ? await response.json() : null;
    } catch {
        zhCnLocale = null;
    }
    return zhCnLocale;
}

function trimNumber(value, digits) {
    return Number(value.toFixed(digits)).toString();
}

// ApexCharts calls label formatters thousands of times per draw; toLocaleString would build a
// new Intl.NumberFormat on every call (measured: seconds per filter change), so keep one per locale.
const groupers = new Map();
function grouped(value, locale) {
    let format = groupers.get(locale);
    if (!format) {
        format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
        groupers.set(locale, format);
    }
    return format.format(value);
}

// 1.3e11 → "1298.6亿" (zh) or "129.86B" (en); small numbers keep grouping separators.
export function formatNumber(value, locale) {
    if (value === null || value === undefined || Number.isNaN(value)) return '';
    const abs = Math.abs(value);
    if (String(locale).toLowerCase().startsWith('zh')) {
        if (abs >= 1e8) return trimNumber(value / 1e8, 2) + '亿';
        if (abs >= 1e4) return trimNumber(value / 1e4, 2) + '万';
        return grouped(value, 'zh-CN');
    }
    if (abs >= 1e9) return trimNumber(value / 1e9, 2) + 'B';
    if (abs >= 1e6) return trimNumber(value / 1e6, 2) + 'M';
    if (abs >= 1e3) return trimNumber(value / 1e3, 2) + 'K';
    return grouped(value, 'en');
}

// Clicking a bar, slice or heatmap cell reports its indexes to the component (cross-filtering).
function selectable(options, dotnet) {
    if (!dotnet) return options;
    options.chart = options.chart || {};
    options.chart.events = Object.assign({}, options.chart.events, {
        dataPointSelection: (event, context, config) => {
            dotnet.invokeMethodAsync('OnDataPointSelected', config.seriesIndex, config.dataPointIndex);
        },
    });
    return options;
}

async function prepare(options) {
    const format = options.numberFormat || { locale: 'zh-CN', suffix: '' };
    delete options.numberFormat;
    const fmt = v => formatNumber(v, format.locale) + (format.suffix || '');
    options.tooltip = Object.assign({}, options.tooltip, { y: { formatter: fmt } });
    const type = options.chart && options.chart.type;
    if (type === 'donut' || type === 'pie') {
        options.dataLabels = Object.assign({}, options.dataLabels);
    } else if (type === 'heatmap' || type === 'treemap') {
        // An empty heatmap cell says nothing: no "0" label on it.
        options.dataLabels = Object.assign({}, options.dataLabels, { formatter: v => (v ? formatNumber(v, format.locale) : '') });
    } else {
        const horizontal = options.plotOptions && options.plotOptions.bar && options.plotOptions.bar.horizontal;
        const valueAxis = { labels: { formatter: v => formatNumber(v, format.locale) } };
        if (horizontal) options.xaxis = Object.assign({}, options.xaxis, valueAxis);
        else options.yaxis = Object.assign({}, options.yaxis, valueAxis);
    }
    if (options.chart && options.chart.defaultLocale === 'zh-cn') {
        const zh = await loadZhCn();
        if (zh) options.chart.locales = [zh];
        else delete options.chart.defaultLocale;
    }
    return options;
}

// Each chart lives in a shadow root of its host element. The page's stylesheets (the component
// library's theme has thousands of rules) then take no part in the style recalculations ApexCharts
// forces while it measures and draws (measured with the previous component library: 20-50x faster draws and updates than in
// the light DOM). ApexCharts puts its own stylesheet into the shadow root; fonts are inherited.
function mountPoint(host, dark) {
    const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    root.replaceChildren();
    const style = document.createElement('style');
    // The toolbar menu is always light; the tooltip follows the chart's theme.
    style.textContent = ':host { display: block; } .apexcharts-menu { color: #222; }'
        + (dark ? '' : ' .apexcharts-tooltip { color: #222; }')
        + ' .apexcharts-series path, .apexcharts-heatmap-rect, .apexcharts-bar-area, .apexcharts-pie-area { cursor: pointer; }';
    // ApexCharts sizes itself from, and watches, its element's parent: give it an element, not the
    // shadow root itself.
    const frame = document.createElement('div');
    const mount = document.createElement('div');
    frame.append(mount);
    root.append(style, frame);
    return mount;
}

// The component holds this handle, not the ApexCharts object, so that a chart can be drawn anew
// behind it when updating in place is not reliable.
async function draw(handle, prepared) {
    const dark = prepared.theme && prepared.theme.mode === 'dark';
    handle.chart = new ApexCharts(mountPoint(handle.element, dark), prepared);
    await handle.chart.render();
    handle.shape = shapeOf(prepared);
    handle.labels = JSON.stringify(prepared.labels || null);
}

export async function create(element, options, dotnet, version) {
    const handle = { element, dotnet, chart: null, shape: null, labels: null };
    await draw(handle, selectable(await prepare(options), dotnet));
    element.dataset.drawn = version;
    return handle;
}

// Everything but the data: when only the data changed, the series are swapped in place.
function shapeOf(options) {
    const { series, labels, ...rest } = options;
    return JSON.stringify(rest);
}

// Updates the chart in place: it is not re-created, so zoom state, toolbar and listeners survive
// a filter change. A data-only change goes through updateSeries, which is far cheaper than a full
// updateOptions (that re-applies locales and every option, and grows slower with each call).
// A donut whose slices change is drawn anew: ApexCharts 4.7 keeps the slice count of an earlier
// update (16 topics → 1 → 2 still drew 1), and one donut is cheap to draw.
export async function update(handle, options, version) {
    const prepared = selectable(await prepare(options), handle.dotnet);
    const shape = shapeOf(prepared);
    const labels = JSON.stringify(prepared.labels || null);
    if (prepared.labels && labels !== handle.labels) {
        handle.chart.destroy();
        await draw(handle, prepared);
    } else if (shape !== handle.shape) {
        const { chart: chartOptions, ...rest } = prepared;
        const { locales, defaultLocale, ...chartRest } = chartOptions || {};
        await handle.chart.updateOptions(Object.assign(rest, { chart: chartRest }), true, false);
        handle.shape = shape;
    } else {
        await handle.chart.updateSeries(prepared.series, false);
    }
    handle.element.dataset.drawn = version;
}

export function destroy(handle) {
    handle.chart.destroy();
}
