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

// 1.3e11 → "1298.6亿" (zh) or "129.86B" (en); small numbers keep grouping separators.
export function formatNumber(value, locale) {
    if (value === null || value === undefined || Number.isNaN(value)) return '';
    const abs = Math.abs(value);
    if (String(locale).toLowerCase().startsWith('zh')) {
        if (abs >= 1e8) return trimNumber(value / 1e8, 2) + '亿';
        if (abs >= 1e4) return trimNumber(value / 1e4, 2) + '万';
        return Number(trimNumber(value, 2)).toLocaleString('zh-CN');
    }
    if (abs >= 1e9) return trimNumber(value / 1e9, 2) + 'B';
    if (abs >= 1e6) return trimNumber(value / 1e6, 2) + 'M';
    if (abs >= 1e3) return trimNumber(value / 1e3, 2) + 'K';
    return Number(trimNumber(value, 2)).toLocaleString('en');
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

export async function create(element, options) {
    const chart = new ApexCharts(element, await prepare(options));
    await chart.render();
    return chart;
}

// Updates options and series in place: the chart is not re-created, so zoom state, toolbar and
// listeners survive a filter change.
export async function update(chart, options) {
    const prepared = await prepare(options);
    await chart.updateOptions(prepared, true, false);
}

export function destroy(chart) {
    chart.destroy();
}
