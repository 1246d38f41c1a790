using System.Globalization;
using System.Text.Json;

namespace MetricsDashboard.Data.Import;

/// <summary>
/// Reads the optional <c>&lt;file&gt;.meta.json</c> next to an imported file, e.g.
/// <c>{"published_on":"2024-01-10","source":"成都日报","title":"…","url":"…"}</c>.
/// </summary>
public static class SidecarMetadata
{
    /// <summary>The suffix appended to a file's full name to name its sidecar.</summary>
    public const string Suffix = ".meta.json";

    /// <summary>The sidecar path of a file.</summary>
    public static string PathFor(string file) => file + Suffix;

    /// <summary>Whether a path is itself a sidecar (folder imports skip them).</summary>
    public static bool IsSidecar(string path) => path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The metadata of a file, or null when it has no sidecar.</summary>
    /// <exception cref="InvalidDataException">The sidecar is not valid JSON or has a malformed date.</exception>
    public static ImportMetadata? ReadFor(string file)
    {
        var path = PathFor(file);
        return File.Exists(path) ? Parse(File.ReadAllText(path), Path.GetFileName(path)) : null;
    }

    /// <summary>Parses sidecar JSON; unknown properties are ignored.</summary>
    /// <exception cref="InvalidDataException">Not a JSON object, or <c>published_on</c> is not yyyy-MM-dd.</exception>
    public static ImportMetadata Parse(string json, string sidecarName)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{sidecarName}: expected a JSON object");
            }
            DateOnly? published = null;
            if (String(root, "published_on") is { } date)
            {
                published = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : throw new InvalidDataException($"{sidecarName}: published_on '{date}' is not a yyyy-MM-dd date");
            }
            return new ImportMetadata(published, String(root, "source"), String(root, "title"), String(root, "url"));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{sidecarName}: invalid JSON ({e.Message})", e);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
}
