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

    [Fact]
    public void AccountDelay_FailuresFromManyAddresses_GrowsButIsCapped()
    {
        var throttle = new LoginThrottle(_time);
        var delays = new List<TimeSpan>();

        for (var i = 0; i < 20; i++)
        {
            delays.Add(throttle.AccountDelay);
            throttle.RecordFailure($"10.0.1.{i}");
        }

        Assert.Equal(TimeSpan.Zero, delays[LoginThrottle.FreeAccountFailures]);
        Assert.Equal(TimeSpan.FromSeconds(1), delays[LoginThrottle.FreeAccountFailures + 1]);
        Assert.Equal(TimeSpan.FromSeconds(2), delays[LoginThrottle.FreeAccountFailures + 2]);
        Assert.Equal(LoginThrottle.MaxAccountDelay, throttle.AccountDelay);
        // A guesser spread over many addresses never locks out the administrator's own address.
        Assert.False(throttle.IsLockedOut("192.0.2.7"));
    }

    [Fact]
    public void AccountDelay_AfterASuccessOrTheWindow_IsZeroAgain()
    {
        var throttle = new LoginThrottle(_time);
        for (var i = 0; i < 10; i++)
        {
            throttle.RecordFailure("10.0.0.9");
        }
        Assert.True(throttle.AccountDelay > TimeSpan.Zero);

        _time.Now += LoginThrottle.Window;
        Assert.Equal(TimeSpan.Zero, throttle.AccountDelay);

        throttle.RecordFailure("10.0.0.9");
        throttle.RecordFailure("10.0.0.9");
        throttle.RecordFailure("10.0.0.9");
        throttle.RecordFailure("10.0.0.9");
        throttle.Reset("192.0.2.7");
        Assert.Equal(TimeSpan.Zero, throttle.AccountDelay);
    }
}
