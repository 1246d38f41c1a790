using System.Globalization;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Model;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Components.Pages.Account;

/// <summary>
/// The administrator's sign-in form. A static server-rendered page (no circuit): the POST sets the
/// cookie on a real HTTP response, which an interactive component could not.
/// </summary>
public sealed partial class Login : ComponentBase
{
    private string? _error;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "admin-login")]
    private LoginInput? Input { get; set; }

    /// <summary>Where to go after signing in (set by the cookie handler's redirect as <c>ReturnUrl</c>).</summary>
    [SupplyParameterFromQuery(Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    [Inject]
    private AdminCredentials Credentials { get; set; } = default!;

    [Inject]
    private LoginThrottle Throttle { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ILogger<Login> Logger { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AccountStrings> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiStrings> Ui { get; set; } = default!;

    private bool IsAdmin => HttpContext.User.IsInRole(AdminAuthExtensions.AdminRole);

    private string SafeReturnUrl => LocalReturnUrl.OrFallback(ReturnUrl, DashboardUrls.Import);

    // A form post sets Input; a plain GET leaves it null (no initializer: the post would overwrite it).
    protected override void OnInitialized() => Input ??= new LoginInput();

    private async Task SignInAsync()
    {
        Input ??= new LoginInput();
        if (string.IsNullOrEmpty(Input.Password))
        {
            _error = L[nameof(AccountStrings.LoginPasswordRequired)];
            return;
        }
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await Throttle.IsLockedOutAsync(client, HttpContext.RequestAborted))
        {
            Logger.LogWarning("Administrator sign-in refused: too many failures from {RemoteIp}", client);
            _error = string.Format(CultureInfo.CurrentCulture, L[nameof(AccountStrings.LoginLockedOut)], (int)LoginThrottle.Window.TotalMinutes);
            Input = new LoginInput();
            return;
        }
        // Every attempt waits out the account's backoff, the administrator's too: slower, never refused.
        await Task.Delay(await Throttle.AccountDelayAsync(HttpContext.RequestAborted), Time, HttpContext.RequestAborted);
        if (!Credentials.Verify(Input.Password))
        {
            await Throttle.RecordFailureAsync(client, CancellationToken.None);
            Logger.LogWarning("Failed administrator sign-in from {RemoteIp}", client);
            _error = L[nameof(AccountStrings.LoginFailed)];
            Input = new LoginInput();
            return;
        }
        await Throttle.ResetAsync(client, CancellationToken.None);
        await HttpContext.SignInAdminAsync(HttpContext.RequestAborted);
        Logger.LogInformation("Administrator signed in from {RemoteIp}", HttpContext.Connection.RemoteIpAddress);
        Navigation.NavigateTo(SafeReturnUrl);
    }

    /// <summary>The posted form.</summary>
    public sealed class LoginInput
    {
        public string? Password { get; set; }
    }
}
