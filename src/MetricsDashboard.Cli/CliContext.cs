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
    /// <param name="databaseOverride">The <c>--db</c> value, if given.</param>
    /// <param name="extracts">Whether the command extracts (import, re-extract): the extractor's lexicons
    /// are then built on another core while the database is opened and migrated, instead of after.</param>
    /// <param name="ct">Cancels.</param>
    public async Task<ServiceProvider> OpenDatabaseAsync(string? databaseOverride, CancellationToken ct, bool extracts = false)
    {
        var services = new ServiceCollection();
        services.AddSingleton(Configuration);
        services.AddSingleton(_ => extractorFactory());
        services.AddMetricsDashboardData(Configuration, databaseOverride);
        var provider = services.BuildServiceProvider();
        var extractor = extracts ? Task.Run(provider.GetRequiredService<IIndicatorExtractor>, ct) : Task.FromResult<IIndicatorExtractor>(null!);
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
        await extractor;
        return provider;
    }

    /// <summary>The database (provider and connection string) the data layer will use.</summary>
    public DatabaseTarget Database(string? databaseOverride) => DatabaseLocation.Resolve(Configuration, databaseOverride);
}
