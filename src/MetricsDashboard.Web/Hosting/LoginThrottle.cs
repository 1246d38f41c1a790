using System.Collections.Concurrent;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// Slows down password guessing: after <see cref="MaxFailures"/> wrong passwords from one client
/// within <see cref="Window"/>, that client cannot sign in (not even with the right password) until
/// the window has passed. In memory: a restart forgets, which is acceptable for one shared password.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    // Beyond this many clients, expired entries are swept so the table cannot grow without bound.
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    public bool IsLockedOut(string client) =>
        _failures.TryGetValue(client, out var failures)
        && failures.Count >= MaxFailures
        && time.GetUtcNow() - failures.Since < Window;

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
        _failures.AddOrUpdate(
            client,
            _ => new Failures(1, now),
            (_, previous) => now - previous.Since >= Window ? new Failures(1, now) : previous with { Count = previous.Count + 1 });
    }

    public void Reset(string client) => _failures.TryRemove(client, out _);

    private sealed record Failures(int Count, DateTimeOffset Since);
}
