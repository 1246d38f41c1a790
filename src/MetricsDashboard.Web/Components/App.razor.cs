using MetricsDashboard.Web.Model.Theming;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;

namespace MetricsDashboard.Web.Components;

public partial class App
{
    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    /// <summary>
    /// Interactive Server for every page except those marked <c>[ExcludeFromInteractiveRouting]</c>
    /// (the sign-in form), which stay static so that their form POST can set a cookie.
    /// </summary>
    private IComponentRenderMode? PageRenderMode =>
        HttpContext.AcceptsInteractiveRouting() ? RenderMode.InteractiveServer : null;

    /// <summary>The theme chosen earlier, read on the server so that the first paint is already dark.</summary>
    private bool IsDark => ThemeState.IsDarkValue(HttpContext.Request.Cookies[ThemeState.CookieName]);
}
