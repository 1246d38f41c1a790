namespace MetricsDashboard.Web.Hosting;

/// <summary>Per-client request budget on <c>/api</c> (<c>RateLimiting:Api</c> section of appsettings).</summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "RateLimiting:Api";

    /// <summary>Requests one client may make per window.</summary>
    public int PermitLimit { get; set; } = 60;

    /// <summary>Length of the window in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}
