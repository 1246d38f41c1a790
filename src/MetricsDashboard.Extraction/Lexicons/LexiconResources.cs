using System.Text.Json;

namespace MetricsDashboard.Extraction.Lexicons;

/// <summary>Opens the JSON lexicons embedded in this assembly.</summary>
internal static class LexiconResources
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static JsonDocument Open(string fileName)
    {
        var name = "MetricsDashboard.Extraction.Lexicons." + fileName;
        using var stream = typeof(LexiconResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded lexicon {name} is missing from the assembly.");
        return JsonDocument.Parse(stream, Options);
    }

    public static IEnumerable<string> Strings(JsonElement array)
    {
        foreach (var item in array.EnumerateArray())
        {
            yield return item.GetString() ?? throw new InvalidDataException("A lexicon string is null.");
        }
    }
}
