using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// A circuit keeps the principal it started with; without this, a tab left open on /import would
/// stay an administrator after sign-out elsewhere. Every <see cref="RevalidationInterval"/> the circuit asks the
/// session store again and, when the session is gone, becomes anonymous (AuthorizeView and
/// AuthorizeRouteView then take the admin pages away).
/// </summary>
public sealed class AdminCircuitRevalidation(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IConfiguration configuration) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    /// <summary>Configuration key of the interval in seconds (default 30).</summary>
    public const string IntervalKey = "Admin:CircuitRevalidationSeconds";

    protected override TimeSpan RevalidationInterval =>
        TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(IntervalKey, 30)));

    /// <summary>Exposed so that tests can call what the base class calls on its timer.</summary>
    public Task<bool> RevalidateAsync(AuthenticationState state, CancellationToken ct) =>
        ValidateAuthenticationStateAsync(state, ct);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var user = authenticationState.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return true;
        }
        await using var scope = scopeFactory.CreateAsyncScope();
        var validator = scope.ServiceProvider.GetRequiredService<AdminSessionValidator>();
        return await validator.IsValidAsync(user, cancellationToken);
    }
}
