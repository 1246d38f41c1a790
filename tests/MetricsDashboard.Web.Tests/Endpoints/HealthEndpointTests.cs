using System.Net;
using System.Text.Json;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Tests.Shared;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;

namespace MetricsDashboard.Web.Tests.Endpoints;

/// <summary>/healthz reports the database: provider, reachable, migrations applied; 503 when it is not usable.</summary>
public abstract class HealthEndpointTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task Healthz_MigratedDatabase_200WithProviderReachableAndMigrated()
    {
        using var factory = new DashboardAppFactory(provider);

        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var database = await DatabaseEntryAsync(response);
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Equal(provider == DatabaseProvider.PostgreSql ? "PostgreSQL" : "SQLite", database.GetProperty("provider").GetString());
        Assert.True(database.GetProperty("reachable").GetBoolean());
        Assert.True(database.GetProperty("migrationsApplied").GetBoolean());
        Assert.Empty(database.GetProperty("pendingMigrations").EnumerateArray());
    }

    [ProviderFact]
    public async Task Healthz_DatabaseNotMigrated_503NamingThePendingMigrations()
    {
        using var factory = new DashboardAppFactory(provider);
        if (provider == DatabaseProvider.Sqlite)
        {
            await File.WriteAllBytesAsync(factory.DatabasePath, []);
        }
        using var notStarted = WithoutStartup(factory);
        // The database exists but nothing migrated it (PostgreSQL: created empty by hand).
        if (provider == DatabaseProvider.PostgreSql)
        {
            await CreateEmptyPostgresDatabaseAsync(factory.ConnectionString);
        }

        var response = await notStarted.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var database = await DatabaseEntryAsync(response);
        Assert.True(database.GetProperty("reachable").GetBoolean());
        Assert.False(database.GetProperty("migrationsApplied").GetBoolean());
        Assert.NotEmpty(database.GetProperty("pendingMigrations").EnumerateArray());
    }

    [ProviderFact]
    public async Task Healthz_DatabaseUnreachable_503WithoutAServerError()
    {
        using var factory = new DashboardAppFactory(provider);
        factory.Settings["ConnectionStrings:Default"] = provider == DatabaseProvider.PostgreSql
            ? "Host=127.0.0.1;Port=1;Database=nowhere;Timeout=2"
            : $"Data Source={Path.Combine(factory.DatabasePath, "no-such-folder", "x.db")};Mode=ReadOnly";
        using var notStarted = WithoutStartup(factory);

        var response = await notStarted.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var database = await DatabaseEntryAsync(response);
        Assert.False(database.GetProperty("reachable").GetBoolean());
        Assert.DoesNotContain("Port=1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // The app as it is before its start-up migration has run (or when it could not).
    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithoutStartup(DashboardAppFactory factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            foreach (var startup in services.Where(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(DatabaseStartup)).ToList())
            {
                services.Remove(startup);
            }
        }));

    private static async Task<JsonElement> DatabaseEntryAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("checks").GetProperty("database").Clone();
    }

    private static async Task CreateEmptyPostgresDatabaseAsync(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database!;
        builder.Database = "postgres";
        await using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class HealthEndpointTestsOnSqlite() : HealthEndpointTests(DatabaseProvider.Sqlite);

public sealed class HealthEndpointTestsOnPostgres() : HealthEndpointTests(DatabaseProvider.PostgreSql), IPostgresTests;
