using System.Globalization;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Extraction.Areas;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Taxonomy;

namespace MetricsDashboard.Data.Review;

/// <summary>
/// The contract fields a reviewer can correct (INDICATORS.md names), how each is checked against
/// the contract's code lists, read from a stored mention and written into it.
/// </summary>
public static class ReviewFields
{
    public const string Value = "value";
    public const string ValueMax = "value_max";
    public const string Unit = "unit";
    public const string Counter = "counter";
    public const string Qualifier = "qualifier";
    public const string Kind = "kind";
    public const string Metric = "metric";
    public const string Label = "label";
    public const string District = "district";
    public const string Sector = "sector";
    public const string Period = "period";

    /// <summary>Every correctable field, in contract order.</summary>
    public static IReadOnlyList<string> All { get; } = [Value, ValueMax, Unit, Counter, Qualifier, Kind, Metric, Label, District, Sector, Period];

    /// <summary>
    /// The problem with a corrected value (null when it is valid): the field must be known, codes must
    /// be in the contract's lists, numbers invariant-culture, periods <c>2024</c>, <c>2024-11</c> or ranges.
    /// Empty text means null, allowed where the contract allows null.
    /// </summary>
    public static string? Problem(string field, string? value)
    {
        var empty = string.IsNullOrWhiteSpace(value);
        return field switch
        {
            Value => !empty && IsNumber(value) ? null : $"value must be a number, not '{value}'",
            ValueMax => empty || IsNumber(value) ? null : $"value_max must be a number or empty, not '{value}'",
            Unit => WireNames.TryParse<CanonicalUnit>(value, out _) ? null : $"unknown unit '{value}' ({string.Join(", ", WireNames.All<CanonicalUnit>())})",
            Counter => null,
            Qualifier => WireNames.TryParse<Qualifier>(value, out _) ? null : $"unknown qualifier '{value}' ({string.Join(", ", WireNames.All<Qualifier>())})",
            Kind => WireNames.TryParse<IndicatorKind>(value, out _) ? null : $"unknown kind '{value}' ({string.Join(", ", WireNames.All<IndicatorKind>())})",
            Metric => IndicatorTaxonomy.IsMetric(value) ? null : $"unknown metric '{value}'",
            Label => empty ? "label must not be empty" : null,
            District => empty || AreaGazetteer.Default.Find(value!) is not null ? null : $"unknown area '{value}' (a canonical area name, or empty)",
            Sector => IndicatorTaxonomy.IsSector(value) ? null : $"unknown sector '{value}'",
            Period => empty || PeriodRange.Parse(value).Start is not null ? null : $"not a period: '{value}' (2024, 2024-11 or 2024-01/2024-11)",
            _ => $"unknown field '{field}' ({string.Join(", ", All)})",
        };
    }

    /// <summary>The wire value of a field of a stored mention.</summary>
    public static string? Read(StoredIndicator row, string field) => field switch
    {
        Value => Number(row.Value),
        ValueMax => row.ValueMax is double max ? Number(max) : null,
        Unit => row.Unit.ToWire(),
        Counter => row.Counter,
        Qualifier => row.Qualifier.ToWire(),
        Kind => row.Kind.ToWire(),
        Metric => row.Metric,
        Label => row.Label,
        District => row.District,
        Sector => row.Sector,
        Period => row.Period,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a correctable field"),
    };

    /// <summary>Writes a validated corrected value into a stored mention (and the columns derived from it).</summary>
    public static void Write(StoredIndicator row, string field, string? value)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        switch (field)
        {
            case Value: row.Value = double.Parse(text!, CultureInfo.InvariantCulture); break;
            case ValueMax: row.ValueMax = text is null ? null : double.Parse(text, CultureInfo.InvariantCulture); break;
            case Unit: row.Unit = Code<CanonicalUnit>(field, text); break;
            case Counter: row.Counter = text; break;
            case Qualifier: row.Qualifier = Code<Extraction.Model.Qualifier>(field, text); break;
            case Kind: row.Kind = Code<IndicatorKind>(field, text); break;
            case Metric: row.Metric = text!; break;
            case Label: row.Label = text!; break;
            case District: row.District = text; break;
            case Sector: row.Sector = text!; break;
            case Period:
                row.Period = text;
                (row.PeriodStart, row.PeriodEnd) = PeriodRange.Parse(text);
                break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "not a correctable field");
        }
    }

    // Validated before (Problem), so an unknown code here is a bug, not input.
    private static TEnum Code<TEnum>(string field, string? text) where TEnum : struct, Enum =>
        WireNames.TryParse<TEnum>(text, out var code) ? code : throw new ArgumentException($"{field}: '{text}' is no {typeof(TEnum).Name}", nameof(text));

    private static bool IsNumber(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
