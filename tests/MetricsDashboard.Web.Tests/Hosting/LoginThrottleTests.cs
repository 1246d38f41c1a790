using MetricsDashboard.Web.Hosting;

namespace MetricsDashboard.Web.Tests.Hosting;

public sealed class LoginThrottleTests
{
    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly ManualTime _time = new();

    [Fact]
    public void RecordFailure_FewerThanTheLimit_DoesNotLockOut()
    {
        var throttle = new LoginThrottle(_time);

        for (var i = 0; i < LoginThrottle.MaxFailures - 1; i++)
        {
            throttle.RecordFailure("10.0.0.1");
        }

        Assert.False(throttle.IsLockedOut("10.0.0.1"));
    }

    [Fact]
    public void RecordFailure_TheLimit_LocksOutThatClientOnlyUntilTheWindowPasses()
    {
        var throttle = new LoginThrottle(_time);

        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            throttle.RecordFailure("10.0.0.1");
        }

        Assert.True(throttle.IsLockedOut("10.0.0.1"));
        Assert.False(throttle.IsLockedOut("10.0.0.2"));
        _time.Now += LoginThrottle.Window;
        Assert.False(throttle.IsLockedOut("10.0.0.1"));
    }

    [Fact]
    public void Reset_AfterFailures_ClearsThem()
    {
        var throttle = new LoginThrottle(_time);
        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            throttle.RecordFailure("10.0.0.1");
        }

        throttle.Reset("10.0.0.1");

        Assert.False(throttle.IsLockedOut("10.0.0.1"));
    }
}
