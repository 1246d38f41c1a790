using Bunit;
using MetricsDashboard.Web.Components.Account;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Components;

public sealed class RedirectToLoginTests : IDisposable
{
    private readonly CultureScope _culture = new("zh-CN");
    private readonly BunitContext _ctx = new();

    public RedirectToLoginTests() => _ctx.Services.AddLocalization();

    public void Dispose()
    {
        _ctx.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _culture.Dispose();
    }

    [Fact]
    public void Render_InsideCircuit_LoadsSignInPageWithReturnUrl()
    {
        var navigation = _ctx.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/import");

        _ctx.Render<RedirectToLogin>();

        Assert.Equal("http://localhost/account/login?ReturnUrl=%2Fimport", navigation.Uri);
    }
}
