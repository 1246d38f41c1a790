namespace MetricsDashboard.Data.Model;

/// <summary>
/// The right to import, held by one process at a time across every instance sharing the database.
/// A holder renews <see cref="ExpiresAt"/> while it works; a crashed holder stops renewing and the
/// lease lapses, so nobody is blocked forever.
/// </summary>
public sealed class ImportLease
{
    /// <summary>What is leased; one row per name ("import").</summary>
    public required string Name { get; set; }

    /// <summary>Who holds it: machine, process and a random token, for logs and for renewal.</summary>
    public required string Owner { get; set; }

    public DateTime AcquiredAt { get; set; }

    /// <summary>UTC time after which another process may take the lease.</summary>
    public DateTime ExpiresAt { get; set; }
}
