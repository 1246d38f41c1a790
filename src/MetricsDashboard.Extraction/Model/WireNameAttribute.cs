namespace MetricsDashboard.Extraction.Model;

/// <summary>
/// The name a member of one of the contract's enums has outside .NET: in JSON, CSV, URLs, the
/// command line and the database (e.g. <c>more_than</c>, <c>CNY</c>, <c>m2</c>). Declared on the
/// member itself, so the enum and its wire names cannot drift apart; <see cref="WireNames"/> reads them.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class WireNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
