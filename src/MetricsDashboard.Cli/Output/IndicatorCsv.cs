using System.Globalization;
using MetricsDashboard.Data.Queries;

namespace MetricsDashboard.Cli.Output;

/// <summary>CSV of indicator rows: header = the INDICATORS.md field names, RFC 4180 quoting, invariant numbers.</summary>
internal static class IndicatorCsv
{
    public static readonly string[] Header =
        ["doc", "surface", "start", "end", "value", "value_max", "unit", "counter", "qualifier", "kind", "metric", "label", "district", "sector", "period", "sentence", "confidence"];

    public static string HeaderLine => string.Join(',', Header);

    public static string ToLine(IndicatorRow r)
    {
        var inv = CultureInfo.InvariantCulture;
        string?[] fields =
        [
            r.Doc, r.Surface, r.Start.ToString(inv), r.End.ToString(inv), r.Value.ToString("R", inv), r.ValueMax?.ToString("R", inv),
            r.Unit, r.Counter, r.Qualifier, r.Kind, r.Metric, r.Label, r.District, r.Sector, r.Period, r.Sentence, r.Confidence.ToString("R", inv),
        ];
        return string.Join(',', fields.Select(Quote));
    }

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }
        return field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
