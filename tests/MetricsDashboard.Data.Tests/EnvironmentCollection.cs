namespace MetricsDashboard.Data.Tests;

/// <summary>Tests that change environment variables run alone.</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;
