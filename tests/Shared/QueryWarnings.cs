using MetricsDashboard.Data.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MetricsDashboard.Tests.Shared;

/// <summary>
/// Makes a query that EF Core would only warn about in the app's log (a result that may be
/// unpredictable, or a cartesian load) fail the test that runs it.
/// </summary>
public static class QueryWarnings
{
    private static readonly EventId[] Events =
    [
        CoreEventId.FirstWithoutOrderByAndFilterWarning, CoreEventId.RowLimitingOperationWithoutOrderByWarning,
        CoreEventId.DistinctAfterOrderByWithoutRowLimitingOperatorWarning, RelationalEventId.MultipleCollectionIncludeWarning,
    ];

    /// <summary>Adds the throwing configuration to the contexts the data layer registered.</summary>
    public static IServiceCollection ThrowOnQueryWarnings(this IServiceCollection services) =>
        services.ConfigureDbContext<MetricsDbContext>(options => options.ConfigureWarnings(w => w.Throw(Events)));
}
