using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Model.Filters;

namespace MetricsDashboard.Web.Model;

/// <summary>
/// Every in-app URL the dashboard builds, in one place, so that links, tests and the API agree.
/// Paths are escaped here; callers pass plain names (锦江区, public_safety).
/// </summary>
public static class DashboardUrls
{
    public const string Overview = "/";
    public const string Explore = "/explore";
    public const string Articles = "/articles";
    public const string Import = "/import";
    public const string Review = "/review";

    /// <summary>The reviewed figures as gold JSON lines (administrators only).</summary>
    public const string ReviewGold = "/api/review/gold";
    public const string Login = "/account/login";
    public const string Logout = "/account/logout";

    /// <summary>The sign-in page, coming back to <paramref name="returnUrl"/> (a local path) afterwards.</summary>
    public static string LoginWithReturn(string returnUrl) => Login + "?ReturnUrl=" + Uri.EscapeDataString(returnUrl);

    public static string OverviewWith(IndicatorFilter filters) => FilterQuery.WithFilters(Overview, filters);

    public static string ExploreWith(IndicatorFilter filters) => FilterQuery.WithFilters(Explore, filters);

    public static string ArticlesWith(IndicatorFilter filters) => FilterQuery.WithFilters(Articles, filters);

    public static string District(string name, IndicatorFilter? filters = null) =>
        FilterQuery.WithFilters("/districts/" + Uri.EscapeDataString(name), filters ?? IndicatorFilter.Empty);

    public static string Sector(string key, IndicatorFilter? filters = null) =>
        FilterQuery.WithFilters("/sectors/" + Uri.EscapeDataString(key), filters ?? IndicatorFilter.Empty);

    public static string Metric(string key, IndicatorFilter? filters = null) =>
        FilterQuery.WithFilters("/metrics/" + Uri.EscapeDataString(key), filters ?? IndicatorFilter.Empty);

    public static string Article(int articleId) => $"/articles/{articleId}";

    /// <summary>One fact with all its mentions, its total and its parts.</summary>
    public static string Fact(long factId) => $"/facts/{factId}";

    /// <summary>One named measure over periods and areas.</summary>
    public static string Series(string measure, IndicatorFilter? filters = null) =>
        FilterQuery.WithFilters("/series/" + Uri.EscapeDataString(measure), filters ?? IndicatorFilter.Empty);

    /// <summary>The article with one indicator's sentence highlighted and scrolled into view.</summary>
    public static string ArticleIndicator(int articleId, long indicatorId) =>
        $"/articles/{articleId}?indicator={indicatorId}#indicator-{indicatorId}";

    /// <summary>Download of the indicator rows under the filters: csv, json or xlsx.</summary>
    public static string IndicatorsDownload(IndicatorFilter filters, string format) =>
        AddFormat(FilterQuery.WithFilters("/api/indicators", filters), format);

    /// <summary>Download of one chart's data under the filters; <paramref name="chart"/> is a <c>ChartCatalog</c> name.</summary>
    public static string ChartDownload(string chart, IndicatorFilter filters, string format) =>
        AddFormat(FilterQuery.WithFilters("/api/charts/" + Uri.EscapeDataString(chart), filters), format);

    private static string AddFormat(string url, string format) =>
        url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "format=" + Uri.EscapeDataString(format);
}
