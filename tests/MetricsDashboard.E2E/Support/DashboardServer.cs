using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace MetricsDashboard.E2E.Support;

/// <summary>
/// Starts the built dashboard (its apphost from bin) on a free loopback port with a fresh database,
/// waits until it answers, and kills it at the end. Development environment: running from bin,
/// package static assets are only served there (PLATFORM.md).
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly StringBuilder _log = new();

    private DashboardServer(Process process, string dataDirectory, Uri baseAddress)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The server's process id, for benchmarks that read its memory from /proc.</summary>
    public int ProcessId => _process.Id;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<DashboardServer> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var metadata = typeof(DashboardServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value ?? "");
        var projectDir = metadata["WebProjectDir"];
        // A benchmark may point at another build of the app (the same benchmark before and after a change).
        var binDir = Environment.GetEnvironmentVariable("METRICSDASHBOARD_WEB_BIN") is { Length: > 0 } other ? other : metadata["WebBinDir"];
        var apphost = Path.Combine(binDir, "MetricsDashboard.Web");
        if (!File.Exists(apphost))
        {
            throw new InvalidOperationException($"The web app is not built: {apphost} is missing.");
        }

        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var dataDirectory = Path.Combine(Path.GetTempPath(), "md-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);

        var start = new ProcessStartInfo(apphost, ["--urls", baseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = projectDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["METRICSDASHBOARD_DB"] = Path.Combine(dataDirectory, "dashboard.db");
        start.Environment["ConnectionStrings__Default"] = $"Data Source={Path.Combine(dataDirectory, "dashboard.db")}";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web app.");
        var server = new DashboardServer(process, dataDirectory, baseAddress);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return server;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {_process.ExitCode}:\n{Log}");
            }
            try
            {
                using var response = await client.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting (first start migrates and imports the seeds).
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The web app did not answer within {timeout}:\n{Log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temp cleaning.
        }
    }
}
