using MetricsDashboard.Web.Model;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Components.Account;

/// <summary>A full load of the sign-in page (a static page, outside the circuit) that returns here afterwards.</summary>
public sealed partial class RedirectToLogin : ComponentBase
{
    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AccountStrings> L { get; set; } = default!;

    protected override void OnInitialized()
    {
        var here = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
        Navigation.NavigateTo(DashboardUrls.LoginWithReturn(here), forceLoad: true);
    }
}
