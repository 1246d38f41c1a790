namespace MetricsDashboard.Data.Sessions;

/// <summary>
/// Server-side record of administrator sign-ins, so that signing out revokes a cookie everywhere
/// (other tabs, other instances) instead of merely deleting it from one browser.
/// </summary>
public interface IAdminSessionStore
{
    /// <summary>Records a new sign-in valid until <paramref name="expiresAt"/> and returns its id.</summary>
    Task<string> CreateAsync(DateTime expiresAt, CancellationToken ct = default);

    /// <summary>Whether the session exists and has not expired.</summary>
    Task<bool> IsActiveAsync(string sessionId, CancellationToken ct = default);

    /// <summary>Revokes one session (sign-out). Unknown ids are ignored.</summary>
    Task RevokeAsync(string sessionId, CancellationToken ct = default);
}
