namespace MetricsDashboard.Data.Model;

/// <summary>
/// One administrator sign-in. The cookie carries only <see cref="Id"/>; every request and every open
/// circuit checks that the row still exists, so deleting it (sign-out) revokes that cookie on every
/// instance sharing the database.
/// </summary>
public sealed class AdminSession
{
    /// <summary>A random, unguessable identifier (256 bits, base64url).</summary>
    public required string Id { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>After this UTC time the session is no longer accepted, whatever the cookie says.</summary>
    public DateTime ExpiresAt { get; set; }
}
