using Bunit;
using MetricsDashboard.Web.Components.Layout;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MetricsDashboard.Web.Model.Theming;
using MudBlazor.Services;

namespace MetricsDashboard.Web.Tests.Components;

public sealed class MainLayoutTests : IDisposable
{
    private readonly BunitContext _ctx = new();

    public MainLayoutTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddLocalization();
        _ctx.Services.AddMudServices();
        _ctx.Services.AddScoped<ThemeState>();
    }

    public void Dispose() => _ctx.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private IRenderedComponent<MainLayout> RenderLayout() =>
        _ctx.Render<MainLayout>(p => p.Add(c => c.Body, (RenderFragment)(b => b.AddContent(0, "页面内容"))));

    [Fact]
    public void Render_ChineseCulture_ShowsChineseNavigationAndBody()
    {
        using var _ = new CultureScope("zh-CN");

        var cut = RenderLayout();

        Assert.Equal("成都政策指标看板", cut.Find("[data-testid=app-title-text]").TextContent.Trim());
        Assert.Equal("概览", cut.Find("[data-testid=nav-overview]").TextContent.Trim());
        Assert.Equal("导入", cut.Find("[data-testid=nav-import]").TextContent.Trim());
        Assert.Contains("页面内容", cut.Find("main").TextContent);
    }

    [Fact]
    public void Render_ChineseCulture_LanguageSwitchPointsToEnglishAndBack()
    {
        using var _ = new CultureScope("zh-CN");
        _ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/explore?district=锦江区");

        var cut = RenderLayout();

        var href = cut.Find("[data-testid=language-switch]").GetAttribute("href");
        Assert.StartsWith("/culture/en?returnUrl=", href);
        Assert.Contains(Uri.EscapeDataString("/explore?district="), href);
    }

    [Fact]
    public void Render_EnglishCulture_ShowsEnglishNavigation()
    {
        using var _ = new CultureScope("en");

        var cut = RenderLayout();

        Assert.Equal("Overview", cut.Find("[data-testid=nav-overview]").TextContent.Trim());
        Assert.Equal("中文", cut.Find("[data-testid=language-switch]").TextContent.Trim());
    }
}
