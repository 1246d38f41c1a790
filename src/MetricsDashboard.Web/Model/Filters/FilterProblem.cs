namespace MetricsDashboard.Web.Model.Filters;

/// <summary>A filter parameter of the URL that could not be read (shown to the user, then ignored).</summary>
public sealed record FilterProblem(string Parameter, string Value)
{
    /// <summary>The English wording, as the API reports it in problem details.</summary>
    public override string ToString() => $"'{Parameter}' must be a date as yyyy-MM-dd or yyyy-MM between 1900 and 2999, not '{Value}'.";
}
