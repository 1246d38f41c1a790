using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Model.Formatting;

/// <summary>
/// Builds <see cref="DisplayNames"/> for the current circuit, reading the reference tables and the
/// number of figures per area (for the area filter) once.
/// </summary>
public sealed class DisplayNamesProvider(IIndicatorQueryService queries, IStringLocalizer<UiStrings> localizer)
{
    private DisplayNames? _names;

    public async Task<DisplayNames> GetAsync(CancellationToken ct = default)
    {
        if (_names is null)
        {
            var reference = queries.GetReferenceDataAsync(ct);
            var counts = queries.CountByAsync(new IndicatorFilter(), IndicatorGrouping.District, ct);
            await Task.WhenAll(reference, counts);
            var perArea = (await counts).Where(c => c.Key.Length > 0).ToDictionary(c => c.Key, c => c.Count, StringComparer.Ordinal);
            _names = new DisplayNames(await reference, localizer, CultureInfo.CurrentUICulture, perArea);
        }
        return _names;
    }
}
