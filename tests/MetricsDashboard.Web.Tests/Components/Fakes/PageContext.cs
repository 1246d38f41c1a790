using Bunit;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Model.Formatting;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace MetricsDashboard.Web.Tests.Components.Fakes;

/// <summary>The services a page of the dashboard needs in a bUnit context, over fakes.</summary>
public static class PageContext
{
    public static BunitContext Create(FakeArticleQueries queries, FakeImporter? importer = null)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddLocalization();
        ctx.Services.AddRadzenComponents();
        ctx.Services.AddRadzenCookieThemeService();
        ctx.Services.AddLogging();
        ctx.Services.AddSingleton<IIndicatorQueryService>(queries);
        ctx.Services.AddScoped<DisplayNamesProvider>();
        ctx.Services.AddSingleton<IIndicatorImportService>(importer ?? new FakeImporter());
        return ctx;
    }
}
