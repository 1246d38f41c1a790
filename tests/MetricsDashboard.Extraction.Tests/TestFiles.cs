namespace MetricsDashboard.Extraction.Tests;

/// <summary>Paths of the test data copied next to the test assembly.</summary>
internal static class TestFiles
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData");

    public static IEnumerable<string> Seeds => Directory.EnumerateFiles(Path.Combine(Root, "seeds"), "*.txt").Order(StringComparer.Ordinal);

    public static IEnumerable<string> GoldFiles => Directory.EnumerateFiles(Path.Combine(Root, "gold"), "*.jsonl").Order(StringComparer.Ordinal);

    public static IEnumerable<string> HeldOutFiles => Directory.EnumerateFiles(Path.Combine(Root, "heldout"), "*.jsonl").Order(StringComparer.Ordinal);

    public static string SeedFor(string goldFile) => Path.Combine(Root, "seeds", Path.GetFileName(goldFile)[..^".jsonl".Length]);
}
