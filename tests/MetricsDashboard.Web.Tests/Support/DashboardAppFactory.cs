using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MetricsDashboard.Web.Tests.Support;

/// <summary>
/// Hosts the real app in memory on a fresh SQLite file of its own, deleted when the factory is
/// disposed, so no test sees another's data.
/// </summary>
public sealed class DashboardAppFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "md-web-tests", Guid.NewGuid().ToString("N"));

    public DashboardAppFactory()
    {
        Directory.CreateDirectory(_directory);
    }

    public string DatabasePath => Path.Combine(_directory, "dashboard.db");

    /// <summary>Settings a test wants on top of the defaults (set before the first request).</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath};Pooling=False");
        // Every test client is one address: a production-sized request budget would make test order matter.
        builder.UseSetting("RateLimiting:Api:PermitLimit", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a finalising connection: the temp folder is cleaned by the OS.
            }
        }
    }
}
