namespace MetricsDashboard.Extraction.Model;

/// <summary>snake_case wire names of the contract's enums (JSON, CSV, URLs, database).</summary>
public static class WireNames
{
    public static string ToWire(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.Approx => "approx",
        Qualifier.MoreThan => "more_than",
        Qualifier.AtMost => "at_most",
        Qualifier.Range => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    public static string ToWire(this IndicatorKind kind) => kind switch
    {
        IndicatorKind.Actual => "actual",
        IndicatorKind.Target => "target",
        IndicatorKind.Change => "change",
        IndicatorKind.Rank => "rank",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParseQualifier(string? text, out Qualifier qualifier)
    {
        foreach (var q in Enum.GetValues<Qualifier>())
        {
            if (string.Equals(q.ToWire(), text, StringComparison.Ordinal)) { qualifier = q; return true; }
        }
        qualifier = default;
        return false;
    }

    public static bool TryParseKind(string? text, out IndicatorKind kind)
    {
        foreach (var k in Enum.GetValues<IndicatorKind>())
        {
            if (string.Equals(k.ToWire(), text, StringComparison.Ordinal)) { kind = k; return true; }
        }
        kind = default;
        return false;
    }
}
