namespace MetricsDashboard.Web.Hosting;

/// <summary>Limits of the download API (<c>Exports</c> section of appsettings).</summary>
public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>Most rows in one indicator download; a longer one is cut and its filters say where.</summary>
    public int MaxRows { get; set; } = 200_000;

    /// <summary>
    /// Downloads written at the same time; one more is refused with 503 and Retry-After. Each holds a
    /// database reader and a connection for as long as the client reads, so this bounds the server's
    /// memory and connections whatever anonymous clients do.
    /// </summary>
    public int MaxConcurrent { get; set; } = 4;

    /// <summary>What Retry-After tells a client refused because every download slot is taken.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    /// <summary>
    /// IANA time zone of the export time written into files (e.g. <c>Asia/Shanghai</c>); empty
    /// means the server's local time.
    /// </summary>
    public string? TimeZone { get; set; }
}
