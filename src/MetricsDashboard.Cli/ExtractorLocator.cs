using MetricsDashboard.Extraction;

namespace MetricsDashboard.Cli;

/// <summary>Creates the extraction library's <see cref="IIndicatorExtractor"/> implementation (a public class with a parameterless constructor).</summary>
internal static class ExtractorLocator
{
    public static IIndicatorExtractor Create()
    {
        var type = typeof(IIndicatorExtractor).Assembly.GetExportedTypes()
            .FirstOrDefault(t => t is { IsClass: true, IsAbstract: false } && typeof(IIndicatorExtractor).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            ?? throw new InvalidOperationException("the extraction library in this build has no IIndicatorExtractor implementation");
        return (IIndicatorExtractor)Activator.CreateInstance(type)!;
    }
}
