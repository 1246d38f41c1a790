using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Model.Formatting;

/// <summary>Builds <see cref="DisplayNames"/> for the current circuit, reading the reference tables once.</summary>
public sealed class DisplayNamesProvider(IIndicatorQueryService queries, IStringLocalizer<UiStrings> localizer)
{
    private DisplayNames? _names;

    public async Task<DisplayNames> GetAsync(CancellationToken ct = default) =>
        _names ??= new DisplayNames(await queries.GetReferenceDataAsync(ct), localizer, CultureInfo.CurrentUICulture);
}
