using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries;

/// <summary>
/// A filter parameter that could not be read (a date that is not one, a unit or kind the contract
/// does not name): reported to whoever gave it — a page shows it in the UI language, the API and the
/// command line in English — then ignored.
/// </summary>
public sealed record FilterProblem(string Parameter, string Value)
{
    /// <summary>The codes <see cref="Parameter"/> takes, when it is a code (unit, kind), else null.</summary>
    public IReadOnlyList<string>? Codes => Parameter switch
    {
        FilterKeys.Unit => WireNames.All<CanonicalUnit>(),
        FilterKeys.Kind => WireNames.All<IndicatorKind>(),
        _ => null,
    };

    /// <summary>The English wording, as the API and the command line report it.</summary>
    public override string ToString() => Codes is { } codes
        ? $"'{Parameter}' must be one of {string.Join(", ", codes)}, not '{Value}'."
        : $"'{Parameter}' must be a date as yyyy-MM-dd or yyyy-MM between 1900 and 2999, not '{Value}'.";
}
