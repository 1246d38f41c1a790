using Bunit;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Components.Controls;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Tests.Components.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

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
        Context.Services.AddRadzenComponents();
        Context.Services.AddRadzenCookieThemeService();
        Context.Services.AddSingleton<IIndicatorQueryService>(Queries);
        Context.Services.AddSingleton<Data.Queries.Facts.IFactQueryService>(new FakeFactQueryService(Queries));
        Context.Services.AddScoped<ChartDataService>();
        Context.Services.AddScoped<DisplayNamesProvider>();
        Context.Services.AddSingleton(importer ?? new FakeImporter());
        Context.Services.AddLogging();
    }

    public BunitContext Context { get; } = new();

    public FakeQueryService Queries { get; } = new();

    public BunitJSModuleInterop Chart { get; }

    public void Dispose()
    {
        Context.Dispose();
        _culture.Dispose();
    }
}
