using System.Globalization;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Model.Theming;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace MetricsDashboard.Web.Components.Layout;

public partial class MainLayout : IDisposable
{
    /// <summary>The JS module that stores the theme cookie; bUnit tests stub it by this path.</summary>
    public const string ThemeModulePath = "./js/theme.js";

    private readonly MudTheme _theme = DashboardTheme.Create();
    private bool _interactive;
    private bool _drawerOpen;

    [Inject]
    private ThemeState Theme { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    protected override void OnInitialized() => Theme.Changed += OnThemeChanged;

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private void OnThemeChanged() => _ = InvokeAsync(StateHasChanged);

    private void CloseDrawer() => _drawerOpen = false;

    private async Task ToggleThemeAsync()
    {
        Theme.Set(!Theme.IsDark);
        try
        {
            await using var module = await JS.InvokeAsync<IJSObjectReference>("import", ThemeModulePath);
            await module.InvokeVoidAsync("remember", ThemeState.CookieName, Theme.IsDark ? "dark" : "light");
        }
        catch (JSDisconnectedException)
        {
            // The tab is closing: the choice simply is not remembered.
        }
    }

    /// <summary>The culture switch goes to the other language and back to the page the user is on.</summary>
    private string CultureSwitchUrl
    {
        get
        {
            var target = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh"
                ? LocalizationExtensions.English.Name
                : LocalizationExtensions.Chinese.Name;
            var here = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
            return $"/culture/{target}?returnUrl={Uri.EscapeDataString(here)}";
        }
    }

    public void Dispose()
    {
        Theme.Changed -= OnThemeChanged;
        GC.SuppressFinalize(this);
    }
}
