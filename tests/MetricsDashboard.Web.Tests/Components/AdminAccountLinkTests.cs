using Bunit;
using MetricsDashboard.Web.Components.Account;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Components;

public sealed class AdminAccountLinkTests : IDisposable
{
    private readonly CultureScope _culture = new("zh-CN");
    private readonly BunitContext _ctx = new();

    public AdminAccountLinkTests()
    {
        _ctx.Services.AddLocalization();
    }

    // Services are all registered before the first is resolved (bUnit's rule), so navigate last.
    private IRenderedComponent<AdminAccountLink> RenderOnArticlePage()
    {
        _ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/articles/3?indicator=5");
        return _ctx.Render<AdminAccountLink>();
    }

    public void Dispose()
    {
        _ctx.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _culture.Dispose();
    }

    [Fact]
    public void Render_NoAuthenticationState_LinksToSignInComingBackHere()
    {
        var cut = RenderOnArticlePage();

        var link = cut.Find("[data-testid=sign-in]");
        Assert.Equal("管理员登录", link.TextContent);
        Assert.Equal("/account/login?ReturnUrl=" + Uri.EscapeDataString("/articles/3?indicator=5"), link.GetAttribute("href"));
    }

    [Fact]
    public void Render_AnonymousVisitor_LinksToSignIn()
    {
        _ctx.AddAuthorization();

        var cut = RenderOnArticlePage();

        Assert.Single(cut.FindAll("[data-testid=sign-in]"));
        Assert.Empty(cut.FindAll("[data-testid=sign-out-form]"));
    }

    [Fact]
    public void Render_Administrator_OffersSignOutAsAPostForm()
    {
        _ctx.AddAuthorization().SetAuthorized("admin").SetRoles("admin");

        var cut = RenderOnArticlePage();

        var form = cut.Find("[data-testid=sign-out-form]");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/account/logout", form.GetAttribute("action"));
        Assert.Empty(cut.FindAll("[data-testid=sign-in]"));
    }
}
