using System.Globalization;
using MetricsDashboard.Web.Hosting;

namespace MetricsDashboard.Web.Components.Layout;

public partial class MainLayout
{
    private bool _interactive;

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
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
}
