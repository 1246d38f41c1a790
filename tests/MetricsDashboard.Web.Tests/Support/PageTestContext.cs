using Bunit;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Components.Controls;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Tests.Components.Fakes;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Model.Theming;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace MetricsDashboard.Web.Tests.Support;

/// <summary>A bUnit context with the page services over a <see cref="FakeQueryService"/>, in Chinese.</summary>
public sealed class PageTestContext : IDisposable
{
    private readonly CultureScope _culture = new("zh-CN");

    public PageTestContext(IIndicatorImportService? importer = null)
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Chart = Context.JSInterop.SetupModule(ApexChart.ModulePath);
        Chart.Mode = JSRuntimeMode.Loose;
        Context.Services.AddLocalization();
        Context.Services.AddMudServices();
        Context.Services.AddScoped<ThemeState>();
        Context.Services.AddScoped<MetricsDashboard.Web.Model.Charts.ChartOptionsFactory>();
        Context.Services.AddTransient<MudLocalizer, DashboardMudLocalizer>();
        Context.Services.AddSingleton<IIndicatorQueryService>(Queries);
        Context.Services.AddSingleton<Data.Queries.Facts.IFactQueryService>(new FakeFactQueryService(Queries));
        Context.Services.AddScoped<ChartDataService>();
        Context.Services.AddScoped<DisplayNamesProvider>();
        Context.Services.AddSingleton(importer ?? new FakeImporter());
        Context.Services.AddLogging();
        // Pages that read a setting (the import's figure cap) get the defaults.
        Context.Services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
    }

    public BunitContext Context { get; } = new();

    public FakeQueryService Queries { get; } = new();

    public BunitJSModuleInterop Chart { get; }

    /// <summary>MudBlazor draws menus and select lists here: render it before opening one.</summary>
    public IRenderedComponent<MudPopoverProvider> RenderPopovers() => Context.Render<MudPopoverProvider>();

    /// <summary>MudBlazor draws dialogs (confirmations) here: render it before one opens.</summary>
    public IRenderedComponent<MudDialogProvider> RenderDialogs() => Context.Render<MudDialogProvider>();

    // MudBlazor's services are only async-disposable.
    public void Dispose()
    {
        Context.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _culture.Dispose();
    }
}
