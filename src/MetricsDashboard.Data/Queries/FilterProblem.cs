namespace MetricsDashboard.Data.Queries;

/// <summary>
/// A filter parameter that could not be read (a date that is not one): reported to whoever gave
/// it — a page shows it in the UI language, the API and the command line in English — then ignored.
/// </summary>
public sealed record FilterProblem(string Parameter, string Value)
{
    /// <summary>The English wording, as the API and the command line report it.</summary>
    public override string ToString() => $"'{Parameter}' must be a date as yyyy-MM-dd or yyyy-MM between 1900 and 2999, not '{Value}'.";
}
