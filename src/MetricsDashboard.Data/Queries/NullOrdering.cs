using System.Linq.Expressions;
using MetricsDashboard.Data.Infrastructure;

namespace MetricsDashboard.Data.Queries;

/// <summary>
/// Sorts on a nullable column the way SQLite does on both engines: SQLite puts NULL below every
/// value (first ascending, last descending), PostgreSQL above. On PostgreSQL a leading "is null"
/// key restores SQLite's order, so lists, pages and downloads hold the same rows on either; on
/// SQLite the query is left as it was, so its indexes still serve the sort.
/// </summary>
internal static class NullOrdering
{
    public static bool IsPostgreSql(this MetricsDbContext db) => db is PostgresMetricsDbContext;

    public static IOrderedQueryable<T> OrderByNullable<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> key, bool descending, bool postgres)
    {
        if (postgres)
        {
            var isNull = IsNull(key);
            query = descending ? query.OrderBy(isNull) : query.OrderByDescending(isNull);
            var ordered = (IOrderedQueryable<T>)query;
            return descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
        }
        return descending ? query.OrderByDescending(key) : query.OrderBy(key);
    }

    public static IOrderedQueryable<T> ThenByNullable<T, TKey>(this IOrderedQueryable<T> query, Expression<Func<T, TKey>> key, bool descending, bool postgres)
    {
        if (postgres)
        {
            var isNull = IsNull(key);
            query = descending ? query.ThenBy(isNull) : query.ThenByDescending(isNull);
        }
        return descending ? query.ThenByDescending(key) : query.ThenBy(key);
    }

    private static Expression<Func<T, bool>> IsNull<T, TKey>(Expression<Func<T, TKey>> key) =>
        Expression.Lambda<Func<T, bool>>(Expression.Equal(key.Body, Expression.Constant(null, key.Body.Type)), key.Parameters);
}
