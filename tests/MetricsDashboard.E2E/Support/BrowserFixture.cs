using Microsoft.Playwright;

namespace MetricsDashboard.E2E.Support;

/// <summary>One running dashboard and one headless Chromium shared by the tests of a class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private DashboardServer? _server;

    public IBrowser Browser { get; private set; } = default!;

    public DashboardServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>Environment for the app, e.g. the administrator password the import tests sign in with.</summary>
    public static IReadOnlyDictionary<string, string> AppEnvironment { get; } = new Dictionary<string, string>
    {
        ["METRICSDASHBOARD_ADMIN_PASSWORD"] = E2EAdmin.Password,
    };

    public async Task InitializeAsync()
    {
        if (BrowserEnvironment.SkipReason is not null)
        {
            return;
        }
        _server = await DashboardServer.StartAsync(AppEnvironment);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = BrowserEnvironment.ChromiumArgs,
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, string locale = "zh-CN")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
