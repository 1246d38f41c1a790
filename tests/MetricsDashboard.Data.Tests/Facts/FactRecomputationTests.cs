using System.Text;
using System.Text.RegularExpressions;
using MetricsDashboard.Data.Facts;
using MetricsDashboard.Data.Import;
using Microsoft.Data.Sqlite;

namespace MetricsDashboard.Data.Tests.Facts;

/// <summary>
/// The fact rollups an import leaves (new facts added to their rows, only changed rows recomputed)
/// equal a straightforward recomputation of both tables from the facts of the same database, after
/// plain copies (every figure joining a stored fact), changed copies and replacements.
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

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
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
