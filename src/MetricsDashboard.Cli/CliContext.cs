using MetricsDashboard.Data;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Extraction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Cli;

/// <summary>What commands share: output writers, configuration and the extractor.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, IConfiguration configuration, Func<IIndicatorExtractor> extractorFactory, Stream? stdoutBytes = null)
{
    /// <summary>
    /// Standard output as bytes, when the process has one: <c>extract</c> writes its UTF-8 JSON lines
    /// there directly instead of decoding them to strings for <see cref="Out"/> to encode again.
    /// </summary>
    public Stream? OutBytes { get; } = stdoutBytes;

    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>Whether <see cref="Error"/> is the process's standard error on a terminal (not redirected to a file or pipe).</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    public IConfiguration Configuration { get; } = configuration;

    public IIndicatorExtractor CreateExtractor() => extractorFactory();

    /// <summary>The data layer over the database <c>--db</c> (or the environment, or appsettings) names, migrated and seeded.</summary>
    public async Task<ServiceProvider> OpenDatabaseAsync(string? databaseOverride, CancellationToken ct)
    {
        var services = new ServiceCollection();
        services.AddSingleton(Configuration);
        services.AddSingleton(_ => extractorFactory());
        services.AddMetricsDashboardData(Configuration, databaseOverride);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
        return provider;
    }

    /// <summary>The database (provider and connection string) the data layer will use.</summary>
    public DatabaseTarget Database(string? databaseOverride) => DatabaseLocation.Resolve(Configuration, databaseOverride);
}
