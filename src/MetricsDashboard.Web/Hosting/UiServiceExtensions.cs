using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics;
using MetricsDashboard.Web.Model.Theming;
using MudBlazor;
using MudBlazor.Services;

namespace MetricsDashboard.Web.Hosting;

/// <summary>Registers the Blazor UI: components, MudBlazor, the theme choice, localization, health checks.</summary>
public static class UiServiceExtensions
{
    public static WebApplicationBuilder AddDashboardUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Prerendered pages carry Chinese as characters, not &#x...; escapes: a third of the bytes.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            config.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        builder.Services.AddLocalization();
        builder.Services.AddTransient<MudLocalizer, DashboardMudLocalizer>();
        builder.Services.AddScoped<ThemeState>();
        builder.Services.AddScoped<Model.Charts.ChartOptionsFactory>();
        builder.Services.AddHealthChecks();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<Charts.ChartDataService>();
        builder.Services.AddScoped<Model.Formatting.DisplayNamesProvider>();
        return builder;
    }

    public static WebApplication UseDashboardErrorHandling(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        // An unknown URL matches no endpoint, so the Router never sees it, and a rejected form post
        // (400) has no page of its own: re-execute the friendly page for the status. The API keeps
        // its own status codes and problem details.
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }
            return next(context);
        });
        return app;
    }
}
