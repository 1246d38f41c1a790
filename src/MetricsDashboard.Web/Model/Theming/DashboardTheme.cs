using MudBlazor;

namespace MetricsDashboard.Web.Model.Theming;

/// <summary>
/// The dashboard's MudBlazor theme: one palette for light and one for dark, with CJK fonts first so
/// Chinese renders in a proper face. Text and chart colours are chosen for contrast on both.
/// </summary>
public static class DashboardTheme
{
    public static readonly string[] FontFamily =
        ["Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Roboto", "sans-serif"];

    public static MudTheme Create() => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1565c0",
            Secondary = "#00897b",
            AppbarBackground = "#1565c0",
            Background = "#f5f7fa",
            Surface = "#ffffff",
            TextPrimary = "#1f2933",
            TextSecondary = "#52606d",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#64b5f6",
            Secondary = "#4db6ac",
            AppbarBackground = "#1b2330",
            Background = "#12161c",
            Surface = "#1c222b",
            TextPrimary = "#e8eaed",
            TextSecondary = "#b0b8c4",
            DrawerBackground = "#1c222b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontFamily },
            H1 = new H1Typography { FontFamily = FontFamily },
            H2 = new H2Typography { FontFamily = FontFamily },
            H3 = new H3Typography { FontFamily = FontFamily },
            H4 = new H4Typography { FontFamily = FontFamily, FontSize = "1.75rem", FontWeight = "600" },
            H5 = new H5Typography { FontFamily = FontFamily },
            H6 = new H6Typography { FontFamily = FontFamily, FontSize = "1.05rem", FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
