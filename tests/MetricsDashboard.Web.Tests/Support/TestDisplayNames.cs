using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MetricsDashboard.Web.Tests.Support;

/// <summary>Display names with the app's real UI resources, for tests of what pages name things.</summary>
internal static class TestDisplayNames
{
    public static DisplayNames Create(string culture, ReferenceData? reference = null) => new(
        reference ?? new ReferenceData([], [], [], []),
        new StringLocalizer<UiStrings>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)),
        CultureInfo.GetCultureInfo(culture));
}
