using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Model.Charts;
using Microsoft.AspNetCore.Components;

namespace MetricsDashboard.Web.Components.Controls;

/// <summary>
/// A titled card around one chart: its download menu, a spinner while loading, and a plain
/// sentence instead of an empty chart when the filters leave nothing to draw.
/// </summary>
public sealed partial class ChartCard
{
    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    /// <summary>The chart's name for downloads (ChartNames), or null for no download menu.</summary>
    [Parameter]
    public string? Chart { get; set; }

    [Parameter]
    public IndicatorFilter Filters { get; set; } = IndicatorFilter.Empty;

    [Parameter]
    public ChartOptions Options { get; set; } = new() { Kind = ChartKind.Bar };

    [Parameter]
    public IReadOnlyList<ChartSeries> Series { get; set; } = [];

    [Parameter]
    public bool Loading { get; set; }

    /// <summary>Defaults to "no series has a point".</summary>
    [Parameter]
    public bool? Empty { get; set; }

    /// <summary>Content drawn instead of a chart (a table).</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    [Parameter]
    public string TestId { get; set; } = "chart";

    /// <summary>Controls shown in the card's head beside the title (e.g. a measure picker).</summary>
    [Parameter]
    public RenderFragment? HeadContent { get; set; }

    /// <summary>Called with the category of a clicked bar, slice or cell (cross-filtering); null for none.</summary>
    [Parameter]
    public EventCallback<ChartPointSelection> OnPointSelected { get; set; }

    /// <summary>Extra CSS classes, e.g. md-span-all to take a whole grid row.</summary>
    [Parameter]
    public string? Class { get; set; }

    private bool IsEmpty => Empty ?? Series.All(s => s.Points.Count == 0);
}
