using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;

namespace MetricsDashboard.Web.Components;

public partial class App
{
    /// <summary>
    /// Interactive Server for every page except those marked <c>[ExcludeFromInteractiveRouting]</c>
    /// (the sign-in form), which stay static so that their form POST can set a cookie.
    /// <c>HttpContext</c> is the cascading parameter declared in App.razor.
    /// </summary>
    private IComponentRenderMode? PageRenderMode =>
        HttpContext is { } context && !context.AcceptsInteractiveRouting() ? null : RenderMode.InteractiveServer;
}
