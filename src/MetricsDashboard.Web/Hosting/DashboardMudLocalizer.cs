using System.Globalization;
using MetricsDashboard.Web.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// MudBlazor's own texts (pager, "rows per page", date pickers, dialogs) in the UI language:
/// Chinese from <c>MudStrings.resx</c>; in English MudBlazor's built-in texts are used.
/// </summary>
public sealed class DashboardMudLocalizer(IStringLocalizer<MudStrings> strings) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "zh")
            {
                return new LocalizedString(key, key, resourceNotFound: true);
            }
            var text = strings[key];
            return text.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : text;
        }
    }
}
