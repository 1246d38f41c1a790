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
            ["dataLabels"] = new JsonObject { ["enabled"] = options.Kind is ChartKind.Heatmap or ChartKind.Treemap },
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
            root["markers"] = new JsonObject { ["size"] = 4 };
        }
        if (options.Kind is ChartKind.Heatmap)
        {
            root["colors"] = new JsonArray("#1e88e5");
            // Cell borders in the card's colour, so the grid does not glare in the dark theme.
            root["stroke"] = new JsonObject { ["width"] = 1, ["colors"] = new JsonArray(options.Dark ? "#1c222b" : "#ffffff") };
            root["plotOptions"] = new JsonObject
            {
                ["heatmap"] = new JsonObject
                {
                    ["enableShades"] = false,
                    ["colorScale"] = new JsonObject { ["ranges"] = HeatmapScale.Ranges(MaxValue(series), options.Dark) },
                },
            };
            // On a phone 16 topic names side by side overlap: stand them upright in a smaller face.
            root["responsive"] = new JsonArray(new JsonObject
            {
                ["breakpoint"] = 600,
                ["options"] = new JsonObject
                {
                    ["xaxis"] = new JsonObject
                    {
                        ["labels"] = new JsonObject { ["rotate"] = -90, ["rotateAlways"] = true, ["style"] = new JsonObject { ["fontSize"] = "10px" } },
                    },
                    ["dataLabels"] = new JsonObject { ["style"] = new JsonObject { ["fontSize"] = "9px" } },
                },
            });
        }
        return root;
    }

    /// <summary>Axis, legend and label text: dark grey on light, light grey on dark (ApexCharts' own dark grey is unreadable on our cards).</summary>
    private static string TextColor(ChartOptions options) => options.Dark ? "#d5dbe3" : "#37474f";

    private static double MaxValue(IReadOnlyList<ChartSeries> series) =>
        series.SelectMany(s => s.Points).Select(p => p.Y ?? 0).DefaultIfEmpty(0).Max();

    private static JsonObject BuildChart(ChartOptions options) => new()
    {
        ["type"] = options.Kind switch
        {
            ChartKind.Bar or ChartKind.HorizontalBar => "bar",
            ChartKind.Line => "line",
            ChartKind.Area => "area",
            ChartKind.Donut => "donut",
            ChartKind.Heatmap => "heatmap",
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
