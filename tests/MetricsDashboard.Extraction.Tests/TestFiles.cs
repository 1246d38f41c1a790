namespace MetricsDashboard.Extraction.Tests;

/// <summary>Paths of the test data copied next to the test assembly.</summary>
internal static class TestFiles
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData");

    public static IEnumerable<string> Seeds => Directory.EnumerateFiles(Path.Combine(Root, "seeds"), "*.txt").Order(StringComparer.Ordinal);

    public static IEnumerable<string> GoldFiles => Directory.EnumerateFiles(Path.Combine(Root, "gold"), "*.jsonl").Order(StringComparer.Ordinal);

    public static IEnumerable<string> HeldOutFiles => Directory.EnumerateFiles(Path.Combine(Root, "heldout"), "*.jsonl").Order(StringComparer.Ordinal);

    /// <summary>The fresh dev set: each annotation file sits beside the text it annotates.</summary>
    public static IEnumerable<string> DevSetFiles => Directory.EnumerateFiles(Path.Combine(Root, "devset"), "*.jsonl").Order(StringComparer.Ordinal);

    /// <summary>The text an annotation file annotates: a dev-set text beside it, else the seed of that name.</summary>
    public static string SeedFor(string goldFile)
    {
        var beside = goldFile[..^".jsonl".Length];
        return File.Exists(beside) ? beside : Path.Combine(Root, "seeds", Path.GetFileName(beside));
    }
}
