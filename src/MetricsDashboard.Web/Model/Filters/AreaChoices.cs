using MetricsDashboard.Data.Queries;

namespace MetricsDashboard.Web.Model.Filters;

/// <summary>
/// The area filter's options, grouped for scanning: 成都市 and its districts (busiest first), then every
/// other city with its districts, then the province and wider areas. Each option carries its number of
/// figures, a city's including its districts' (choosing a city includes them too).
/// </summary>
public static class AreaChoices
{
    /// <summary>The city the dashboard is about: its group comes first.</summary>
    public const string HomeCity = "成都市";

    /// <summary>One option: <paramref name="IsGroup"/> marks a city heading its districts.</summary>
    public sealed record Option(string Name, string? Parent, int Count, bool IsGroup, bool IsChild);

    public static IReadOnlyList<Option> Build(IReadOnlyList<AreaInfo> areas, IReadOnlyDictionary<string, int> ownCounts)
    {
        var ordered = AreaHierarchy.Ordered(areas);
        var totals = TotalsWithDescendants(areas, ownCounts);
        var cities = ordered.Where(e => e.Area.Level == "city")
            .OrderBy(e => e.Area.Name == HomeCity ? 0 : 1)
            .ThenByDescending(e => totals.GetValueOrDefault(e.Area.Name))
            .ThenBy(e => e.Area.Name, StringComparer.Ordinal)
            .ToList();
        var options = new List<Option>(areas.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var city in cities)
        {
            options.Add(new Option(city.Area.Name, city.Parent, totals.GetValueOrDefault(city.Area.Name), IsGroup: true, IsChild: false));
            placed.Add(city.Area.Name);
            // Districts with the most figures first: the ones an analyst is likely to want.
            foreach (var district in ordered.Where(e => e.Parent == city.Area.Name)
                         .OrderByDescending(e => totals.GetValueOrDefault(e.Area.Name))
                         .ThenBy(e => e.Area.Name, StringComparer.Ordinal))
            {
                options.Add(new Option(district.Area.Name, city.Area.Name, totals.GetValueOrDefault(district.Area.Name), IsGroup: false, IsChild: true));
                placed.Add(district.Area.Name);
            }
        }
        // Provinces, the country and areas under no city, in hierarchy order at the end.
        foreach (var rest in ordered.Where(e => !placed.Contains(e.Area.Name)))
        {
            options.Add(new Option(rest.Area.Name, rest.Parent, totals.GetValueOrDefault(rest.Area.Name), IsGroup: rest.HasChildren, IsChild: false));
        }
        return options;
    }

    private static Dictionary<string, int> TotalsWithDescendants(IReadOnlyList<AreaInfo> areas, IReadOnlyDictionary<string, int> ownCounts)
    {
        var parents = areas.ToDictionary(a => a.Name, a => a.Parent, StringComparer.Ordinal);
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, count) in ownCounts)
        {
            // Adds the count to the area and every area above it (guarding against a cycle in bad data).
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (string? at = name; at is not null && seen.Add(at); at = parents.GetValueOrDefault(at))
            {
                totals[at] = totals.GetValueOrDefault(at) + count;
            }
        }
        return totals;
    }
}
