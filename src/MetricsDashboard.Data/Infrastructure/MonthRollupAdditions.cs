using System.Data.Common;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// The mentions an import batch has added, summed per <c>IndicatorRollups</c> row (month × district
/// × sector × metric × unit × counter × kind: count, sum, max), and added to those rows at commit
/// instead of recomputing their whole months. Recomputing a month reads every mention of it, so a
/// corpus of a few publication months made each batch read all it had imported before (a fifth of
/// the import's time at 2,500 files). Adding is exact only where nothing was removed: months that
/// lost mentions in the batch (a replaced or re-extracted document) are recomputed and skipped
/// here (<see cref="IndicatorRollups.UpdateMonthsAsync"/>). A batch's values are added with a
/// compensation term, as SQLite's SUM adds them (Kahan–Babuška–Neumaier), so a fresh database's rows
/// hold what a recomputation gives; a row's sum across batches may still differ from one in the last
/// binary digit, as sums of doubles added in another order do.
/// </summary>
internal sealed class MonthRollupAdditions
{
    /// <summary>One <c>IndicatorRollups</c> key, with the same expressions as the SQL rebuild ('' for no month, area or counter).</summary>
    public readonly record struct Key(string Month, string District, string Sector, string Metric, CanonicalUnit Unit, string Counter, IndicatorKind Kind);

    private static string UpsertSql(SqlDialect d) =>
        "INSERT INTO \"IndicatorRollups\" AS r (\"Month\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\", \"Max\") " +
        "VALUES (@month, @district, @sector, @metric, @unit, @counter, @kind, @count, @sum, @max) " +
        "ON CONFLICT (\"Month\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\") " +
        "DO UPDATE SET \"Count\" = r.\"Count\" + excluded.\"Count\", \"Sum\" = r.\"Sum\" + excluded.\"Sum\", \"Max\" = " + d.Greatest("r.\"Max\"", "excluded.\"Max\"");

    private readonly Dictionary<Key, Row> _rows = [];

    private struct Row
    {
        public long Count;
        public double Sum;
        public double Compensation;
        public double Max;

        public void Add(double value)
        {
            // Neumaier's step: the low-order bits the addition loses are kept apart.
            var sum = Sum + value;
            Compensation += Math.Abs(Sum) >= Math.Abs(value) ? (Sum - sum) + value : (value - sum) + Sum;
            Sum = sum;
            Max = Count == 0 ? value : Math.Max(Max, value);
            Count++;
        }

        public readonly double Total => Sum + Compensation;
    }

    /// <summary>The months that have additions.</summary>
    public IEnumerable<string> Months => _rows.Keys.Select(k => k.Month).Distinct(StringComparer.Ordinal);

    /// <summary>Counts mentions just written.</summary>
    public void Add(IEnumerable<StoredIndicator> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var i in rows)
        {
            var key = new Key(i.PublishedMonth ?? "", i.District ?? "", i.Sector, i.Metric, i.Unit, i.Counter ?? "", i.Kind);
            ref var row = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_rows, key, out _);
            row.Add(i.Value);
        }
    }

    /// <summary>Takes over another set of additions (a file's, once it is stored).</summary>
    public void Add(MonthRollupAdditions other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (key, v) in other._rows)
        {
            ref var row = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_rows, key, out var exists);
            if (!exists)
            {
                row = v;
                continue;
            }
            var max = Math.Max(row.Max, v.Max);
            var count = row.Count + v.Count;
            row.Add(v.Sum);
            row.Compensation += v.Compensation;
            (row.Max, row.Count) = (max, count);
        }
    }

    public void Clear() => _rows.Clear();

    /// <summary>Adds the rows of every month not in <paramref name="recomputed"/> to <c>IndicatorRollups</c>.</summary>
    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlySet<string> recomputed, CancellationToken ct)
    {
        if (_rows.Count == 0)
        {
            return;
        }
        await using var command = SqlDialect.Command(connection, transaction, UpsertSql(SqlDialect.For(connection)));
        var parameters = new[] { "@month", "@district", "@sector", "@metric", "@unit", "@counter", "@kind", "@count", "@sum", "@max" }
            .Select(n => SqlDialect.Add(command, n)).ToArray();
        SqlDialect.For(connection).Prepare(command);
        foreach (var (k, v) in _rows.Where(r => !recomputed.Contains(r.Key.Month)))
        {
            object[] values = [k.Month, k.District, k.Sector, k.Metric, k.Unit.ToWire(), k.Counter, k.Kind.ToWire(), v.Count, v.Total, v.Max];
            for (var p = 0; p < values.Length; p++)
            {
                parameters[p].Value = values[p];
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
