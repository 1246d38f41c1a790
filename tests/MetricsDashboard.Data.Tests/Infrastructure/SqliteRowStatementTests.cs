using MetricsDashboard.Data.Infrastructure;
using Microsoft.Data.Sqlite;

namespace MetricsDashboard.Data.Tests.Infrastructure;

public sealed class SqliteRowStatementTests
{
    [Fact]
    public void Execute_BindsEachTypeAsMicrosoftDataSqliteDoes()
    {
        using var connection = Open();
        using (var insert = new SqliteRowStatement(connection, "INSERT INTO t VALUES (@a, @b, @c, @d, @e, @f)"))
        {
            insert.Bind(0, 7);
            insert.Bind(1, 1L << 40);
            insert.Bind(2, 0.1 + 0.2);
            insert.Bind(3, "锦江区");
            insert.Bind(4, true);
            insert.Bind(5, DBNull.Value);
            insert.Execute();
        }
        using var command = new SqliteCommand("INSERT INTO t VALUES (@a, @b, @c, @d, @e, @f)", connection);
        foreach (var (name, value) in new (string, object)[] { ("@a", 7), ("@b", 1L << 40), ("@c", 0.1 + 0.2), ("@d", "锦江区"), ("@e", true), ("@f", DBNull.Value) })
        {
            command.Parameters.AddWithValue(name, value);
        }
        command.ExecuteNonQuery();

        using var read = new SqliteCommand("SELECT COUNT(DISTINCT a || '|' || b || '|' || quote(c) || '|' || d || '|' || e || '|' || typeof(f)), MIN(typeof(c)), MIN(quote(c)) FROM t", connection);
        using var reader = read.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(1L, reader.GetInt64(0));
        Assert.Equal("real", reader.GetString(1));
        Assert.Equal("0.30000000000000004", reader.GetString(2));
    }

    [Fact]
    public void Execute_ConstraintBroken_ThrowsAndTheStatementRunsAgain()
    {
        using var connection = Open();
        using var insert = new SqliteRowStatement(connection, "INSERT INTO u VALUES (@id)");
        insert.Bind(0, 1);
        insert.Execute();

        var error = Assert.Throws<SqliteException>(insert.Execute);
        Assert.Contains("UNIQUE", error.Message, StringComparison.Ordinal);
        insert.Bind(0, 2);
        insert.Execute();
        using var count = new SqliteCommand("SELECT COUNT(*) FROM u", connection);
        Assert.Equal(2L, count.ExecuteScalar());
    }

    [Fact]
    public void Read_ReturnsTheRowsOfEachBindingAndStopsEarlyOnReset()
    {
        using var connection = Open();
        using (var insert = new SqliteRowStatement(connection, "INSERT INTO t VALUES (@a, @b, @c, @d, @e, @f)"))
        {
            foreach (var (a, d) in new[] { (1, "锦江区"), (2, (string?)null), (3, "武侯区") })
            {
                insert.Bind(0, a);
                insert.Bind(1, a * 10L);
                insert.Bind(2, a + 0.5);
                insert.Bind(3, d);
                insert.Bind(4, false);
                insert.Bind(5, null);
                insert.Execute();
            }
        }
        using var query = new SqliteRowStatement(connection, "SELECT a, b, c, d FROM t WHERE a >= @from ORDER BY a");

        query.Bind(0, 2);
        var rows = new List<(long, long, double, string?)>();
        while (query.Read())
        {
            rows.Add((query.Int64(0), query.Int64(1), query.Double(2), query.Text(3)));
        }
        query.Bind(0, 1);
        Assert.True(query.Read());
        var first = query.Text(3);
        query.Reset();
        query.Bind(0, 3);
        Assert.True(query.Read());
        var again = query.Text(3);
        Assert.False(query.Read());

        Assert.Equal([(2L, 20L, 2.5, null), (3L, 30L, 3.5, "武侯区")], rows);
        Assert.Equal("锦江区", first);
        Assert.Equal("武侯区", again);
    }

    [Fact]
    public void Bind_UnsupportedType_Refused()
    {
        using var connection = Open();
        using var insert = new SqliteRowStatement(connection, "INSERT INTO u VALUES (@id)");

        Assert.Throws<NotSupportedException>(() => insert.Bind(0, Guid.Empty));
        Assert.Throws<InvalidOperationException>(() => insert.Bind(0, double.NaN));
    }

    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var create = new SqliteCommand("CREATE TABLE t (a, b, c, d, e, f); CREATE TABLE u (id INTEGER PRIMARY KEY)", connection);
        create.ExecuteNonQuery();
        return connection;
    }
}
