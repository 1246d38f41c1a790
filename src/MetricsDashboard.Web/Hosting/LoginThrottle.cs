using System.Collections.Concurrent;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// Slows password guessing without letting a guesser lock the administrator out. Two limits:
/// <list type="bullet">
/// <item>per client address: after <see cref="MaxFailures"/> wrong passwords within <see cref="Window"/>
/// that address cannot try again until the window has passed (the address is the proxy's
/// <c>X-Forwarded-For</c> only when the proxy is configured as known, see <see cref="ForwardedHeadersSetup"/>);</item>
/// <item>per account (there is one): every attempt waits <see cref="AccountDelay"/>, which doubles with
/// each recent failure from anywhere up to <see cref="MaxAccountDelay"/>. A guesser spread over many
/// addresses is slowed; the real administrator is delayed a few seconds at worst, never refused.</item>
/// </list>
/// In memory: a restart forgets, which is acceptable for one shared password.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>Failures of the account that cost nothing (typing mistakes).</summary>
    public const int FreeAccountFailures = 3;
    public static readonly TimeSpan MaxAccountDelay = TimeSpan.FromSeconds(8);

    // Beyond this many clients, expired entries are swept so the table cannot grow without bound.
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private readonly Lock _accountLock = new();
    private Failures? _accountFailures;

    public bool IsLockedOut(string client) =>
        _failures.TryGetValue(client, out var failures)
        && failures.Count >= MaxFailures
        && time.GetUtcNow() - failures.Since < Window;

    /// <summary>How long the next attempt waits before its password is checked: 0, then 1 s, 2 s, 4 s… up to <see cref="MaxAccountDelay"/>.</summary>
    public TimeSpan AccountDelay
    {
        get
        {
            lock (_accountLock)
            {
                if (_accountFailures is null || time.GetUtcNow() - _accountFailures.Since >= Window)
                {
                    return TimeSpan.Zero;
                }
                var beyond = _accountFailures.Count - FreeAccountFailures;
                return beyond <= 0
                    ? TimeSpan.Zero
                    : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, beyond - 1), MaxAccountDelay.TotalSeconds));
            }
        }
    }

    public void RecordFailure(string client)
    {
        var now = time.GetUtcNow();
        if (_failures.Count > SweepThreshold)
        {
            foreach (var (key, value) in _failures)
            {
                if (now - value.Since >= Window)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
        _failures.AddOrUpdate(client, _ => new Failures(1, now), (_, previous) => Next(previous, now));
        lock (_accountLock)
        {
            _accountFailures = _accountFailures is null ? new Failures(1, now) : Next(_accountFailures, now);
        }
    }

    /// <summary>A successful sign-in: that client and the account start afresh.</summary>
    public void Reset(string client)
    {
        _failures.TryRemove(client, out _);
        lock (_accountLock)
        {
            _accountFailures = null;
        }
    }

    private static Failures Next(Failures previous, DateTimeOffset now) =>
        now - previous.Since >= Window ? new Failures(1, now) : previous with { Count = previous.Count + 1 };

    private sealed record Failures(int Count, DateTimeOffset Since);
}
