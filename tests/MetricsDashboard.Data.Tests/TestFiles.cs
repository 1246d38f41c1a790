namespace MetricsDashboard.Data.Tests;

/// <summary>Paths of the linked test data.</summary>
internal static class TestFiles
{
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "TestData", "seeds");

    public static IReadOnlyList<string> Seeds => Directory.GetFiles(SeedsFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
}
