namespace MetricsDashboard.Data.Tests;

/// <summary>Paths of the linked test data.</summary>
internal static class TestFiles
{
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "TestData", "seeds");

    /// <summary>
    /// The five seeds as the previous release (net9.0, EF Core 9.0.22, all four migrations) stored them,
    /// dumped to SQL with Python's sqlite3 iterdump.
    /// </summary>
    public static string Net9ReleaseDump => Path.Combine(AppContext.BaseDirectory, "TestData", "net9-release-seeds.sql");

    public static IReadOnlyList<string> Seeds => Directory.GetFiles(SeedsFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
}
