using MetricsDashboard.Data.Queries;

namespace MetricsDashboard.Web.Model.Filters;

/// <summary>Orders areas for pickers: each area followed by the areas under it (全国 → 四川省 → 成都市 → 锦江区 …).</summary>
public static class AreaHierarchy
{
    /// <summary>An area in display order, with its parent's name, its depth and whether anything lies under it.</summary>
    public sealed record Entry(AreaInfo Area, string? Parent, int Depth, bool HasChildren);

    public static IReadOnlyList<Entry> Ordered(IReadOnlyList<AreaInfo> areas)
    {
        var byName = areas.ToDictionary(a => a.Name, StringComparer.Ordinal);
        var children = areas
            .Where(a => a.Parent is not null && byName.ContainsKey(a.Parent))
            .GroupBy(a => a.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(LevelRank).ThenBy(a => a.Name, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var roots = areas.Where(a => a.Parent is null || !byName.ContainsKey(a.Parent))
            .OrderBy(LevelRank).ThenBy(a => a.Name, StringComparer.Ordinal);

        var ordered = new List<Entry>(areas.Count);
        foreach (var root in roots)
        {
            Visit(root, 0);
        }
        return ordered;

        void Visit(AreaInfo area, int depth)
        {
            var below = children.GetValueOrDefault(area.Name, []);
            ordered.Add(new Entry(area, area.Parent, depth, below.Length > 0));
            foreach (var child in below)
            {
                Visit(child, depth + 1);
            }
        }
    }

    private static int LevelRank(AreaInfo area) => area.Level switch
    {
        "country" => 0,
        "province" => 1,
        "city" => 2,
        "district" => 3,
        _ => 4,
    };
}
