using System.Text.Encodings.Web;
using System.Text.Json;

namespace MetricsDashboard.Data.Review;

/// <summary>The JSON form of corrected fields (and of their originals) kept in a decision: field name to wire value.</summary>
public static class ReviewCorrections
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyDictionary<string, string?> Parse(string? json) =>
        string.IsNullOrEmpty(json)
            ? new Dictionary<string, string?>(StringComparer.Ordinal)
            : JsonSerializer.Deserialize<Dictionary<string, string?>>(json, Options) ?? new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>The JSON of the fields in contract order, or null when there are none.</summary>
    public static string? Format(IReadOnlyDictionary<string, string?> fields) =>
        fields.Count == 0
            ? null
            : JsonSerializer.Serialize(ReviewFields.All.Where(fields.ContainsKey).ToDictionary(f => f, f => fields[f], StringComparer.Ordinal), Options);
}
