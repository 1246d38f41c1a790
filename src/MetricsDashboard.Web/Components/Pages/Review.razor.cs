using System.Globalization;
using MetricsDashboard.Data.Review;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Components.Pages;

/// <summary>
/// The administrator's review queue: figures ordered by doubt, filtered by status, area, topic,
/// metric and doubt reason; the selected figure's sentence highlighted in its paragraph; verify,
/// exclude (with a reason) and correct any field, from buttons or keys (j/k move, v, x, e, Esc);
/// the audit trail with undo. Every action is a decision the service applies everywhere at once.
/// </summary>
[Authorize(Roles = AdminAuthExtensions.AdminRole)]
public sealed partial class Review : ComponentBase
{
    private const int AuditRows = 50;

    /// <summary>The status filter's value for every stored figure, whatever its status.</summary>
    private const string AllStatuses = "all";

    private IReadOnlyList<ReviewItem> _items = [];
    private IReadOnlyList<ReviewAudit> _audit = [];
    private HashSet<long> _undoLines = [];
    private int _selected;
    private ReviewContext? _context;
    private Panel _panel;
    private string _reason = "";
    private Dictionary<string, string?> _form = new(StringComparer.Ordinal);
    private string? _error;
    private string? _notice;
    private bool _busy;
    private DisplayNames? _names;
    private ElementReference _queue;
    private bool _focusQueue = true;
    private ReviewItem? _mergeSource;

    private enum Panel { None, Exclude, Correct }

    [Inject]
    private IReviewService Service { get; set; } = default!;

    [Inject]
    private DisplayNamesProvider NamesProvider { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ReviewStrings> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiStrings> Ui { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    /// <summary>Status filter: a <see cref="ReviewStatuses"/> value, or <c>all</c> for every stored figure; pending by default.</summary>
    [SupplyParameterFromQuery(Name = "status")]
    public string? Status { get; set; }

    [SupplyParameterFromQuery(Name = "district")]
    public string? District { get; set; }

    [SupplyParameterFromQuery(Name = "sector")]
    public string? Sector { get; set; }

    [SupplyParameterFromQuery(Name = "metric")]
    public string? Metric { get; set; }

    [SupplyParameterFromQuery(Name = "doubt")]
    public string? Doubt { get; set; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private ReviewItem? Selected => _selected >= 0 && _selected < _items.Count ? _items[_selected] : null;

    private static IReadOnlyList<string> Units => WireNames.All<CanonicalUnit>();

    private static IReadOnlyList<Qualifier> Qualifiers => Enum.GetValues<Qualifier>();

    private static IReadOnlyList<IndicatorKind> Kinds => Enum.GetValues<IndicatorKind>();

    protected override async Task OnParametersSetAsync()
    {
        Status = ReviewStatuses.IsKnown(Status) || Status == AllStatuses ? Status : ReviewStatuses.Pending;
        Doubt = DoubtReasons.IsKnown(Doubt) ? Doubt : null;
        _names ??= await NamesProvider.GetAsync();
        await LoadAsync(keepPosition: false);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusQueue && _panel == Panel.None)
        {
            _focusQueue = false;
            try
            {
                await _queue.FocusAsync();
            }
            catch (Exception e) when (e is InvalidOperationException or Microsoft.JSInterop.JSException or TaskCanceledException)
            {
                // Prerendering or a closed circuit: no element to focus, the keys work once it is clicked.
            }
        }
    }

    private async Task LoadAsync(bool keepPosition)
    {
        var query = new ReviewQuery
        {
            Status = Status == AllStatuses ? null : Status,
            District = Blank(District),
            Sector = Blank(Sector),
            Metric = Blank(Metric),
            Doubt = Doubt,
            Take = 200,
        };
        _items = await Service.ListAsync(query);
        _audit = await Service.AuditAsync(AuditRows);
        // One undo per decision, on its newest line; the importer's own lines (orphan, reattach) have none.
        _undoLines = _audit.Where(a => a.Action is ReviewActions.Verify or ReviewActions.Exclude or ReviewActions.Correct or ReviewActions.Split)
            .DistinctBy(a => a.DecisionId).Select(a => a.Id).ToHashSet();
        _selected = keepPosition ? Math.Clamp(_selected, 0, Math.Max(0, _items.Count - 1)) : 0;
        await LoadContextAsync();
    }

    private async Task LoadContextAsync() =>
        _context = Selected?.Id is long id ? await Service.ContextAsync(id) : null;

    private async Task SelectAsync(int index)
    {
        if (index < 0 || index >= _items.Count)
        {
            return;
        }
        _selected = index;
        _panel = Panel.None;
        _error = null;
        await LoadContextAsync();
    }

    /// <summary>The queue's keys; ignored while a form is open (its fields take the keys).</summary>
    private async Task OnKeyAsync(KeyboardEventArgs e)
    {
        if (_panel != Panel.None || _busy)
        {
            if (e.Key == "Escape")
            {
                CloseForm();
            }
            return;
        }
        if (e.Key == "Escape")
        {
            _mergeSource = null;
            return;
        }
        switch (e.Key)
        {
            case "j" or "ArrowDown": await SelectAsync(_selected + 1); break;
            case "k" or "ArrowUp": await SelectAsync(_selected - 1); break;
            case "v": await VerifyAsync(); break;
            case "x": OpenExclude(); break;
            case "e": OpenCorrect(); break;
            case "m": await MergeAsync(); break;
            case "s": await SplitAsync(); break;
        }
    }

    private bool CanAct => Selected?.Id is not null && !_busy;

    private async Task VerifyAsync()
    {
        if (Selected?.Id is long id)
        {
            await ActAsync(by => Service.VerifyAsync(id, by));
        }
    }

    /// <summary>The first press picks the figure to merge, the second (on another figure) merges it into that one's fact.</summary>
    private async Task MergeAsync()
    {
        if (Selected is not { Id: long id } item)
        {
            return;
        }
        if (_mergeSource is not { Id: long source } || source == id)
        {
            _mergeSource = item;
            return;
        }
        _mergeSource = null;
        await ActAsync(by => Service.MergeAsync(source, id, by));
    }

    /// <summary>Only a figure merged with others can be split off; one split off already stands alone.</summary>
    private static bool CanSplit(ReviewItem item) => item.Id is not null && item.FactMentions > 1 && item.Status != ReviewStatuses.Split;

    private async Task SplitAsync()
    {
        if (Selected is { Id: long id } item && CanSplit(item))
        {
            await ActAsync(by => Service.SplitAsync(id, by));
        }
    }

    private void OpenExclude()
    {
        if (Selected?.Id is null)
        {
            return;
        }
        _reason = "";
        _error = null;
        _panel = Panel.Exclude;
    }

    private async Task ConfirmExcludeAsync()
    {
        if (Selected?.Id is long id)
        {
            await ActAsync(by => Service.ExcludeAsync(id, _reason, by));
        }
    }

    private void OpenCorrect()
    {
        if (Selected is not { Id: not null } item)
        {
            return;
        }
        _form = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [ReviewFields.Value] = item.Value?.ToString("R", CultureInfo.InvariantCulture),
            [ReviewFields.ValueMax] = item.ValueMax?.ToString("R", CultureInfo.InvariantCulture),
            [ReviewFields.Unit] = item.Unit?.ToWire(),
            [ReviewFields.Counter] = item.Counter,
            [ReviewFields.Qualifier] = item.Qualifier?.ToWire(),
            [ReviewFields.Kind] = item.Kind?.ToWire(),
            [ReviewFields.Metric] = item.Metric,
            [ReviewFields.Label] = item.Label,
            [ReviewFields.District] = item.District,
            [ReviewFields.Sector] = item.Sector,
            [ReviewFields.Period] = item.Period,
        };
        _error = null;
        _panel = Panel.Correct;
    }

    private string? FormValue(string field) => _form.GetValueOrDefault(field);

    private void SetForm(string field, ChangeEventArgs e) => _form[field] = e.Value?.ToString();

    private async Task SaveCorrectionAsync()
    {
        if (Selected is not { Id: long id } item)
        {
            return;
        }
        // Only what the reviewer changed is a correction; the rest stays the extractor's reading.
        var before = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [ReviewFields.Value] = item.Value?.ToString("R", CultureInfo.InvariantCulture),
            [ReviewFields.ValueMax] = item.ValueMax?.ToString("R", CultureInfo.InvariantCulture),
            [ReviewFields.Unit] = item.Unit?.ToWire(),
            [ReviewFields.Counter] = item.Counter,
            [ReviewFields.Qualifier] = item.Qualifier?.ToWire(),
            [ReviewFields.Kind] = item.Kind?.ToWire(),
            [ReviewFields.Metric] = item.Metric,
            [ReviewFields.Label] = item.Label,
            [ReviewFields.District] = item.District,
            [ReviewFields.Sector] = item.Sector,
            [ReviewFields.Period] = item.Period,
        };
        var changed = _form.Where(f => Blank(f.Value) != Blank(before.GetValueOrDefault(f.Key)))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        if (changed.Count == 0)
        {
            CloseForm();
            return;
        }
        await ActAsync(by => Service.CorrectAsync(id, changed, by));
    }

    private async Task UndoAsync(long decisionId) => await ActAsync(by => Service.UndoAsync(decisionId, by));

    private async Task ActAsync(Func<string, Task<ReviewOutcome>> action)
    {
        _busy = true;
        _error = null;
        _notice = null;
        try
        {
            var state = Authentication is null ? null : await Authentication;
            var by = state?.User.Identity?.Name ?? AdminAuthExtensions.AdminRole;
            await action(by);
            _panel = Panel.None;
            _notice = L[nameof(ReviewStrings.Done)];
            await LoadAsync(keepPosition: true);
            _focusQueue = true;
        }
        catch (ReviewException e)
        {
            _error = e.Message;
        }
        catch (InvalidOperationException e)
        {
            _error = e.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private void CloseForm()
    {
        _panel = Panel.None;
        _error = null;
        _focusQueue = true;
    }

    private string StatusName(string status) => status switch
    {
        ReviewStatuses.Verified => L[nameof(ReviewStrings.StatusVerified)],
        ReviewStatuses.Corrected => L[nameof(ReviewStrings.StatusCorrected)],
        ReviewStatuses.Excluded => L[nameof(ReviewStrings.StatusExcluded)],
        ReviewStatuses.Split => L[nameof(ReviewStrings.StatusSplit)],
        ReviewStatuses.Orphaned => L[nameof(ReviewStrings.StatusOrphaned)],
        _ => L[nameof(ReviewStrings.StatusPending)],
    };

    private string DoubtName(string doubt) => doubt switch
    {
        DoubtReasons.LowConfidence => L[nameof(ReviewStrings.DoubtLowConfidence)],
        DoubtReasons.MetricOther => L[nameof(ReviewStrings.DoubtMetricOther)],
        DoubtReasons.NoArea => L[nameof(ReviewStrings.DoubtNoArea)],
        DoubtReasons.BorderlineForm => L[nameof(ReviewStrings.DoubtBorderlineForm)],
        _ => L[nameof(ReviewStrings.DoubtFactDisagrees)],
    };

    private string ActionName(string action) => action switch
    {
        ReviewActions.Verify => L[nameof(ReviewStrings.ActionVerify)],
        ReviewActions.Exclude => L[nameof(ReviewStrings.ActionExclude)],
        ReviewActions.Correct => L[nameof(ReviewStrings.ActionCorrect)],
        ReviewActions.Split => L[nameof(ReviewStrings.ActionSplit)],
        ReviewActions.Undo => L[nameof(ReviewStrings.ActionUndo)],
        ReviewActions.Orphan => L[nameof(ReviewStrings.ActionOrphan)],
        _ => L[nameof(ReviewStrings.ActionReattach)],
    };

    private string FieldName(string field) => field switch
    {
        ReviewFields.Value => L[nameof(ReviewStrings.FieldValue)],
        ReviewFields.ValueMax => L[nameof(ReviewStrings.FieldValueMax)],
        ReviewFields.Unit => L[nameof(ReviewStrings.FieldUnit)],
        ReviewFields.Counter => L[nameof(ReviewStrings.FieldCounter)],
        ReviewFields.Qualifier => L[nameof(ReviewStrings.FieldQualifier)],
        ReviewFields.Kind => L[nameof(ReviewStrings.FieldKind)],
        ReviewFields.Metric => L[nameof(ReviewStrings.FieldMetric)],
        ReviewFields.Label => L[nameof(ReviewStrings.FieldLabel)],
        ReviewFields.District => L[nameof(ReviewStrings.FieldDistrict)],
        ReviewFields.Sector => L[nameof(ReviewStrings.FieldSector)],
        ReviewFields.Period => L[nameof(ReviewStrings.FieldPeriod)],
        "reason" => L[nameof(ReviewStrings.FieldReason)],
        _ => L[nameof(ReviewStrings.ColumnStatus)],
    };

    /// <summary>An audit line names a code by its display name (metric, sector, status), anything else as written.</summary>
    private string AuditValue(string field, string? value) => value is null ? "—" : field switch
    {
        ReviewFields.Metric => _names!.Metric(value),
        ReviewFields.Sector => _names!.Sector(value),
        "status" when ReviewStatuses.IsKnown(value) => StatusName(value),
        _ => value,
    };

    private string Quantity(ReviewItem item) => item.Value is double value && item.Unit is { } unit
        ? QuantityFormatter.FormatQuantity(value, item.ValueMax, unit, item.Counter, Culture)
        : item.Surface;

    private string FilterUrl(string? status, string? district, string? sector, string? metric, string? doubt)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
        Add("status", status);
        Add("district", Blank(district));
        Add("sector", Blank(sector));
        Add("metric", Blank(metric));
        Add("doubt", Blank(doubt));
        return Model.DashboardUrls.Review + (parts.Count > 0 ? "?" + string.Join('&', parts) : "");
    }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private void Filter(string name, string? value)
    {
        Navigation.NavigateTo(name switch
        {
            "status" => FilterUrl(value, District, Sector, Metric, Doubt),
            "district" => FilterUrl(Status, value, Sector, Metric, Doubt),
            "sector" => FilterUrl(Status, District, value, Metric, Doubt),
            "metric" => FilterUrl(Status, District, Sector, value, Doubt),
            _ => FilterUrl(Status, District, Sector, Metric, value),
        });
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
