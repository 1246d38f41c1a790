using System.Security.Claims;
using MetricsDashboard.Data.Sessions;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// Decides whether an administrator principal still counts: a password must be configured on this
/// instance (no password, no administrator, whatever cookie arrives), and the principal's session
/// must still be in the store (sign-out deletes it). Asked on every request and by open circuits.
/// </summary>
public sealed class AdminSessionValidator(AdminCredentials credentials, IAdminSessionStore sessions)
{
    /// <summary>The claim carrying the server-side session id.</summary>
    public const string SessionClaim = "md:sid";

    public async Task<bool> IsValidAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (!credentials.IsConfigured)
        {
            return false;
        }
        var sessionId = SessionId(principal);
        return sessionId is not null && await sessions.IsActiveAsync(sessionId, ct);
    }

    /// <summary>The session id of a principal, if it carries one.</summary>
    public static string? SessionId(ClaimsPrincipal principal) =>
        principal.FindFirst(SessionClaim)?.Value is { Length: > 0 } id ? id : null;
}
