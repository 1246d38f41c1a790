using MetricsDashboard.Data.Sessions;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// Slows password guessing without letting a guesser lock the administrator out. Two limits:
/// <list type="bullet">
/// <item>per client address: after <see cref="MaxFailures"/> wrong passwords within <see cref="Window"/>
/// that address cannot try again until the window has passed (the address is the proxy's
/// <c>X-Forwarded-For</c> only when the proxy is configured as known, see <see cref="ForwardedHeadersSetup"/>);</item>
/// <item>per account (there is one): every attempt waits <see cref="AccountDelayAsync"/>, which doubles with
/// each recent failure from anywhere up to <see cref="MaxAccountDelay"/>. A guesser spread over many
/// addresses is slowed; the real administrator is delayed a few seconds at worst, never refused.</item>
/// </list>
/// The counts live in the database (<see cref="ILoginFailureStore"/>), so every instance behind a
/// load balancer throttles alike and a restart forgets nothing.
/// </summary>
public sealed class LoginThrottle(ILoginFailureStore store, TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>Failures of the account that cost nothing (typing mistakes).</summary>
    public const int FreeAccountFailures = 3;
    public static readonly TimeSpan MaxAccountDelay = TimeSpan.FromSeconds(8);

    private const string AccountKey = "account";

    public async Task<bool> IsLockedOutAsync(string client, CancellationToken ct = default) =>
        await store.GetAsync(ClientKey(client), ct) is { } failures
        && failures.Count >= MaxFailures
        && Now() - failures.Since < Window;

    /// <summary>How long the next attempt waits before its password is checked: 0, then 1 s, 2 s, 4 s… up to <see cref="MaxAccountDelay"/>.</summary>
    public async Task<TimeSpan> AccountDelayAsync(CancellationToken ct = default)
    {
        if (await store.GetAsync(AccountKey, ct) is not { } failures || Now() - failures.Since >= Window)
        {
            return TimeSpan.Zero;
        }
        var beyond = failures.Count - FreeAccountFailures;
        return beyond <= 0
            ? TimeSpan.Zero
            : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, beyond - 1), MaxAccountDelay.TotalSeconds));
    }

    public async Task RecordFailureAsync(string client, CancellationToken ct = default)
    {
        var now = Now();
        var windowStart = now - Window;
        // Windows that have passed count for nothing: swept so the table stays small.
        await store.SweepAsync(windowStart, ct);
        await store.RecordAsync(ClientKey(client), now, windowStart, ct);
        await store.RecordAsync(AccountKey, now, windowStart, ct);
    }

    /// <summary>A successful sign-in: that client and the account start afresh.</summary>
    public async Task ResetAsync(string client, CancellationToken ct = default)
    {
        await store.ResetAsync(ClientKey(client), ct);
        await store.ResetAsync(AccountKey, ct);
    }

    private static string ClientKey(string client) => "client:" + client;

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
