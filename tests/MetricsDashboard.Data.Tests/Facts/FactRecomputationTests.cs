using System.Text;
using System.Text.RegularExpressions;
using MetricsDashboard.Data.Facts;
using MetricsDashboard.Data.Import;
using Microsoft.Data.Sqlite;

namespace MetricsDashboard.Data.Tests.Facts;

/// <summary>
/// The fact rollups an import leaves (new facts added to their rows, only changed rows recomputed)
/// equal a straightforward recomputation of both tables from the facts of the same database, after
/// plain copies (every figure joining a stored fact), changed copies and replacements; so do the
/// facts themselves (joined facts are updated from the mentions they gained) and the month rollups
/// (a batch's mentions added to their rows).
/// </summary>
public sealed partial class FactRecomputationTests
{
    [Fact]
    public async Task Import_OfCopiesAndChangedCopies_EqualsRecomputation()
    {
        await using var db = await TestDatabase.CreateAsync();
        var seeds = Directory.EnumerateFiles(TestFiles.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var sources = new List<ImportSource>();
        for (var copy = 0; copy < 4; copy++)
        {
            foreach (var seed in seeds)
            {
                var text = File.ReadAllText(seed);
                // Copies 0 and 1 repeat every figure (another article reporting them); 2 and 3 change them.
                var body = copy < 2 ? text + new string('\n', copy + 1) : Number().Replace(text, m => (long.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) * (copy + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture));
                var metadata = SidecarMetadata.ReadFor(seed);
                sources.Add(ImportSource.FromBytes($"{copy}_{Path.GetFileName(seed)}", Encoding.UTF8.GetBytes(body), metadata));
            }
        }
        await db.Importer.ImportAsync(sources, new ImportOptions());
        // Replacements: a file's figures leave their facts (re-pointed or deleted), others join.
        await db.Importer.ImportAsync([sources[0] with { FileName = sources[5].FileName }, sources[11] with { FileName = sources[1].FileName }], new ImportOptions());

        await AssertEqualsRecomputationAsync(db.ConnectionString);
    }

    // A joined fact is updated from the mentions it gained (count, earliest date, measure, total)
    // unless one of them becomes its representative: both ways must leave what recomputing every
    // fact from all its mentions gives. The last file is dated earlier than the rest, so its
    // mentions become the representatives of the facts they join.
    [Fact]
    public async Task Import_OfJoiningCopies_LeavesEveryFactAsRecomputedFromItsMentions()
    {
        await using var db = await TestDatabase.CreateAsync();
        var seeds = Directory.EnumerateFiles(TestFiles.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var sources = new List<ImportSource>();
        for (var copy = 0; copy < 3; copy++)
        {
            foreach (var seed in seeds)
            {
                sources.Add(ImportSource.FromBytes($"{copy}_{Path.GetFileName(seed)}", Encoding.UTF8.GetBytes(File.ReadAllText(seed) + new string('\n', copy + 1)), SidecarMetadata.ReadFor(seed)));
            }
        }
        var earliest = seeds[0];
        sources.Add(ImportSource.FromBytes("early_" + Path.GetFileName(earliest), Encoding.UTF8.GetBytes(File.ReadAllText(earliest) + "\n\n\n\n"), new ImportMetadata(new DateOnly(2001, 1, 1))));
        await db.Importer.ImportAsync(sources, new ImportOptions());

        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        var stored = Rows(connection, FactColumnsSql("\"Facts\""));
        Assert.Contains(stored, r => r.Split('|')[^2] != "1");
        await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            var facts = Rows(connection, "SELECT \"Id\" FROM \"Facts\"", tx).Select(long.Parse).ToList();
            await FactLedger.RefreshAsync(connection, tx, facts, MetricsDashboard.Data.Reference.MeasureCatalog.Default, CancellationToken.None);
            var recomputed = Rows(connection, FactColumnsSql("\"Facts\""), tx);
            Assert.Equal(recomputed, stored);
        }
    }

    // Month rollups: a batch adds its new mentions to their rows and recomputes only months that
    // lost mentions. A file replaced within the same batch (the same name twice in one import) and
    // one replaced by a later run both mix additions and recomputation.
    [Fact]
    public async Task Import_WithReplacementsInAndAcrossBatches_LeavesMonthRollupsAsRebuilt()
    {
        await using var db = await TestDatabase.CreateAsync();
        var seeds = Directory.EnumerateFiles(TestFiles.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var sources = seeds.Select(seed => ImportSource.FromFile(seed, SidecarMetadata.ReadFor(seed)) with { FileName = Path.GetFileName(seed) }).ToList();
        // The first seed's name again, with (changed) text and date of the second: replaced in the same batch, usually.
        sources.Add(ChangedCopy(seeds[1], sources[0].FileName, "\n"));
        var first = await db.Importer.ImportAsync(sources, new ImportOptions());
        Assert.Equal(1, first.Replaced);
        var second = await db.Importer.ImportAsync([ChangedCopy(seeds[2], sources[3].FileName, "\n\n")], new ImportOptions());
        Assert.Equal(1, second.Replaced);

        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        var before = MonthRollups(connection);
        Assert.NotEmpty(before["Months"]);
        await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            MetricsDashboard.Data.Infrastructure.IndicatorRollups.RebuildAll(connection, tx);
            await tx.CommitAsync();
        }
        var after = MonthRollups(connection);
        foreach (var (table, rows) in before)
        {
            Assert.Equal(after[table], rows);
        }
    }

    private static ImportSource ChangedCopy(string seed, string fileName, string tail) =>
        ImportSource.FromBytes(fileName, Encoding.UTF8.GetBytes(File.ReadAllText(seed) + tail), SidecarMetadata.ReadFor(seed));

    private static Dictionary<string, List<string>> MonthRollups(SqliteConnection connection) => new()
    {
        ["Months"] = Rows(connection, "SELECT \"Month\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", printf('%.12g', \"Sum\"), \"Max\" FROM \"IndicatorRollups\" ORDER BY 1, 2, 3, 4, 5, 6, 7"),
        ["MonthTotals"] = Rows(connection, "SELECT \"Month\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", printf('%.12g', \"Sum\"), \"Max\" FROM \"IndicatorMonthTotals\" ORDER BY 1, 2, 3, 4, 5, 6"),
        ["Years"] = Rows(connection, "SELECT \"Year\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", printf('%.12g', \"Sum\"), \"Max\" FROM \"IndicatorYearRollups\" ORDER BY 1, 2, 3, 4, 5, 6, 7"),
        ["Districts"] = Rows(connection, "SELECT \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", printf('%.12g', \"Sum\"), \"Max\" FROM \"IndicatorDistrictTotals\" ORDER BY 1, 2, 3, 4, 5, 6"),
    };

    private static string FactColumnsSql(string table) =>
        "SELECT \"Id\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"District\", \"Sector\", \"Period\", \"Value\", \"Qualifier\", \"Label\", \"MeasureKey\", " +
        $"\"IsAmount\", \"TotalFactId\", \"IsSummable\", \"RepresentativeIndicatorId\", \"PublishedOn\", \"MentionCount\", '' FROM {table} ORDER BY \"Id\"";

    private static async Task AssertEqualsRecomputationAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var before = Snapshot(connection);
        Assert.NotEmpty(before["District"]);
        await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            FactRollups.RebuildAll(connection, tx);
            await tx.CommitAsync();
        }
        var after = Snapshot(connection);
        foreach (var (table, rows) in before)
        {
            Assert.Equal(after[table], rows);
        }
    }

    // Sums are compared to 12 significant digits: adding to a rollup row and recomputing it add in different orders.
    private static Dictionary<string, List<string>> Snapshot(SqliteConnection connection) => new()
    {
        ["District"] = Rows(connection, "SELECT \"Year\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", printf('%.12g', \"Sum\"), \"Max\" FROM \"FactDistrictRollups\" ORDER BY 1, 2, 3, 4, 5, 6, 7"),
        ["Period"] = Rows(connection, "SELECT \"Year\", \"Period\", \"PeriodGrain\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", printf('%.12g', \"Sum\") FROM \"FactPeriodRollups\" ORDER BY 1, 2, 4, 5, 6, 7, 8"),
    };

    private static List<string> Rows(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // Whole numbers that are no dates (2024年, 12月, 31日 stay).
    [GeneratedRegex(@"(?<![\d.])\d{1,6}(?![\d.年月日号])")]
    private static partial Regex Number();
}
