namespace MetricsDashboard.Data.Model;

/// <summary>
/// Recent wrong passwords of one key — a client address, or the account — counted within a window
/// that starts at the first failure. Kept in the database so every web instance throttles alike.
/// </summary>
public sealed class LoginFailure
{
    /// <summary>"client:&lt;address&gt;" or "account".</summary>
    public required string Key { get; set; }

    public int Count { get; set; }

    /// <summary>UTC time of the first failure of the current window.</summary>
    public DateTime Since { get; set; }
}
