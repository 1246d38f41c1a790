using System.Text.Json.Nodes;

namespace MetricsDashboard.Web.Model.Charts;

/// <summary>
/// Turns our typed chart description into the ApexCharts options object. Formatter functions
/// cannot cross the JS interop boundary, so the module adds them from <c>numberFormat</c>.
/// </summary>
public static class ApexOptionsBuilder
{
    private static readonly string[] Palette =
        ["#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#e53935", "#00acc1", "#6d4c41", "#3949ab", "#c0ca33", "#d81b60"];

    /// <summary>Lines with at most this many points per series show a marker on each point.</summary>
    public const int MarkedPoints = 24;

    /// <summary>How many labels a time axis of more than <see cref="MarkedPoints"/> categories shows.</summary>
    public const int LabelledCategories = 12;

    public static JsonObject Build(ChartOptions options, IReadOnlyList<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(series);

        var root = new JsonObject
        {
            ["chart"] = BuildChart(options),
            ["theme"] = new JsonObject { ["mode"] = options.Dark ? "dark" : "light" },
            ["tooltip"] = new JsonObject { ["theme"] = options.Dark ? "dark" : "light" },
            ["colors"] = new JsonArray(Palette.Select(c => (JsonNode)c).ToArray()),
            ["dataLabels"] = new JsonObject { ["enabled"] = options.Kind is ChartKind.Treemap },
            ["legend"] = new JsonObject
            {
                ["position"] = "bottom",
                ["labels"] = new JsonObject { ["colors"] = TextColor(options) },
            },
            ["noData"] = new JsonObject { ["text"] = "" },
            ["numberFormat"] = new JsonObject
            {
                ["locale"] = options.Locale,
                ["suffix"] = options.ValueSuffix ?? "",
            },
        };

        if (options.Kind is ChartKind.Donut)
        {
            // Pie-like charts take one flat series and separate labels.
            var first = series.Count > 0 ? series[0].Points : [];
            root["series"] = new JsonArray(first.Select(p => (JsonNode?)JsonValue.Create(p.Y ?? 0)).ToArray());
            root["labels"] = new JsonArray(first.Select(p => (JsonNode?)p.X).ToArray());
            // Slice borders in the card's colour: ApexCharts' white borders glare in the dark theme.
            root["stroke"] = new JsonObject { ["colors"] = new JsonArray(options.Dark ? "#1c222b" : "#ffffff") };
        }
        else
        {
            root["series"] = new JsonArray(series.Select(ToJson).ToArray());
        }

        if (options.Kind is ChartKind.Bar or ChartKind.HorizontalBar)
        {
            root["plotOptions"] = new JsonObject
            {
                ["bar"] = new JsonObject
                {
                    ["horizontal"] = options.Kind == ChartKind.HorizontalBar,
                    ["borderRadius"] = 3,
                },
            };
        }
        if (options.Kind is ChartKind.Line or ChartKind.Area)
        {
            // Straight segments: a smoothed curve would dip below zero between months.
            root["stroke"] = new JsonObject { ["curve"] = "straight", ["width"] = 2 };
            // Each marker is a shape the browser draws on every filter change (≈40 ms for 6 lines ×
            // 60 months) and crowded markers hide the line: long lines show them on hover only.
            var points = series.Count == 0 ? 0 : series.Max(s => s.Points.Count);
            root["markers"] = new JsonObject { ["size"] = points <= MarkedPoints ? 4 : 0, ["hover"] = new JsonObject { ["size"] = 5 } };
            if (points > MarkedPoints)
            {
                // A label at every one of 60 months is unreadable, and ApexCharts measures each label it
                // draws: a long time axis labels every few categories (slanted, as ApexCharts decides,
                // when even those do not fit the chart's width).
                root["xaxis"] = new JsonObject { ["tickAmount"] = LabelledCategories };
            }
        }
        return root;
    }

    /// <summary>Axis, legend and label text: dark grey on light, light grey on dark (ApexCharts' own dark grey is unreadable on our cards).</summary>
    private static string TextColor(ChartOptions options) => options.Dark ? "#d5dbe3" : "#37474f";

    private static JsonObject BuildChart(ChartOptions options) => new()
    {
        ["type"] = options.Kind switch
        {
            ChartKind.Bar or ChartKind.HorizontalBar => "bar",
            ChartKind.Line => "line",
            ChartKind.Area => "area",
            ChartKind.Donut => "donut",
            ChartKind.Treemap => "treemap",
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Kind, null),
        },
        ["height"] = options.Height,
        ["stacked"] = options.Stacked,
        ["fontFamily"] = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
        ["foreColor"] = TextColor(options),
        ["background"] = "transparent",
        ["defaultLocale"] = options.Locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-cn" : "en",
        ["redrawOnParentResize"] = true,
        ["redrawOnWindowResize"] = true,
        ["animations"] = new JsonObject { ["enabled"] = false },
        ["toolbar"] = new JsonObject
        {
            ["show"] = true,
            ["tools"] = new JsonObject
            {
                ["download"] = true,
                ["zoom"] = options.Kind is ChartKind.Line or ChartKind.Area or ChartKind.Bar,
                ["zoomin"] = options.Kind is ChartKind.Line or ChartKind.Area,
                ["zoomout"] = options.Kind is ChartKind.Line or ChartKind.Area,
                ["pan"] = false,
                ["reset"] = true,
            },
            ["export"] = new JsonObject
            {
                ["csv"] = new JsonObject { ["filename"] = options.ExportFileName },
                ["svg"] = new JsonObject { ["filename"] = options.ExportFileName },
                ["png"] = new JsonObject { ["filename"] = options.ExportFileName },
            },
        },
    };

    private static JsonNode ToJson(ChartSeries series) => new JsonObject
    {
        ["name"] = series.Name,
        ["data"] = new JsonArray(series.Points
            .Select(p => (JsonNode)new JsonObject { ["x"] = p.X, ["y"] = p.Y is { } y ? JsonValue.Create(y) : null })
            .ToArray()),
    };
}
