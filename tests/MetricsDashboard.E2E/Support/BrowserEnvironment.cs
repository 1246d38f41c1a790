namespace MetricsDashboard.E2E.Support;

/// <summary>
/// Where the browser is and whether browser tests may be skipped. In CI they always run (a missing
/// Chromium is a failure there); elsewhere, without Chromium, they are reported as skipped.
/// </summary>
public static class BrowserEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Headless, sandbox-less (root) and quiet: without the last three Chromium keeps dialling out, and this machine's closed network refuses it.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    public static bool RunningInCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? SkipReason => ChromiumInstalled || RunningInCi
        ? null
        : $"Chromium not found at {ChromiumPath}; install it with 'apt-get install -y chromium fonts-noto-cjk' (CI always runs these tests).";

    public static string ArtifactsDirectory
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("E2E_ARTIFACTS") is { Length: > 0 } configured
                ? configured
                : Path.Combine(AppContext.BaseDirectory, "e2e-artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}
