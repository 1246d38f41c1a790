using MetricsDashboard.Web.Components.Pages.Shared;

namespace MetricsDashboard.Web.Tests.Model;

public sealed class LatestLoadTests
{
    [Fact]
    public async Task RunAsync_SameKeyTwice_LoadsOnce()
    {
        using var load = new LatestLoad();
        var runs = 0;

        Assert.True(await load.RunAsync("a", _ => { runs++; return Task.CompletedTask; }));
        Assert.False(await load.RunAsync("a", _ => { runs++; return Task.CompletedTask; }));

        Assert.Equal(1, runs);
        Assert.False(load.IsLoading);
    }

    [Fact]
    public async Task RunAsync_NewerKeyWhileLoading_CancelsTheOlderWhichReportsFalse()
    {
        using var load = new LatestLoad();
        var slowStarted = new TaskCompletionSource();
        CancellationToken slowToken = default;
        var slow = load.RunAsync("slow", async ct =>
        {
            slowToken = ct;
            slowStarted.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });
        await slowStarted.Task;

        var fast = await load.RunAsync("fast", _ => Task.CompletedTask);

        Assert.True(fast);
        Assert.False(await slow);
        Assert.True(slowToken.IsCancellationRequested);
        Assert.False(load.IsLoading);
    }

    [Fact]
    public async Task RunAsync_OlderLoadIgnoringItsToken_StillReportsFalseOnceSuperseded()
    {
        using var load = new LatestLoad();
        var release = new TaskCompletionSource();
        var older = load.RunAsync("old", _ => release.Task);

        Assert.True(await load.RunAsync("new", _ => Task.CompletedTask));
        release.SetResult();

        Assert.False(await older);
        Assert.False(load.IsLoading);
    }

    [Fact]
    public async Task Dispose_CancelsTheRunningLoad()
    {
        var load = new LatestLoad();
        CancellationToken token = default;
        var started = new TaskCompletionSource();
        var running = load.RunAsync("a", async ct => { token = ct; started.SetResult(); await Task.Delay(Timeout.Infinite, ct); });
        await started.Task;

        load.Dispose();

        Assert.False(await running);
        Assert.True(token.IsCancellationRequested);
    }
}
