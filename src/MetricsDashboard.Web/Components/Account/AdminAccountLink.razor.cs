using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Model;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Components.Account;

/// <summary>The header's sign-in link, or the administrator's sign-out button.</summary>
public sealed partial class AdminAccountLink : ComponentBase
{
    private bool _isAdmin;

    /// <summary>Absent where no authentication state cascades (component tests of the layout): then nobody is signed in.</summary>
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AccountStrings> L { get; set; } = default!;

    private string SignInUrl => DashboardUrls.LoginWithReturn("/" + Navigation.ToBaseRelativePath(Navigation.Uri));

    protected override async Task OnParametersSetAsync()
    {
        _isAdmin = AuthenticationState is not null
            && (await AuthenticationState).User.IsInRole(AdminAuthExtensions.AdminRole);
    }
}
