namespace MetricsDashboard.Data.Infrastructure;

/// <summary>The database engines the dashboard runs on (docs/decisions/0010-postgresql-beside-sqlite.md).</summary>
public enum DatabaseProvider
{
    /// <summary>One file, nothing to install: the embedded default.</summary>
    Sqlite,

    /// <summary>A server database shared by several web instances.</summary>
    PostgreSql,
}
