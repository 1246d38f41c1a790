using MetricsDashboard.Cli.Commands;

namespace MetricsDashboard.Data.Tests.Cli;

/// <summary>extract's workers: outcomes in input order whatever order files finish in, never far ahead of the writer, failures not swallowed.</summary>
public sealed class OrderedExtractionTests
{
    private static readonly string[] Files = Enumerable.Range(0, 500).Select(i => $"{i:D3}.txt").ToArray();

    [Fact]
    public async Task Outcomes_InInputOrder_WhileFilesFinishOutOfOrder()
    {
        // Every seventh file is slow: the others finish before it.
        var extraction = new OrderedExtraction(Files, file =>
        {
            if (int.Parse(file[..3], System.Globalization.CultureInfo.InvariantCulture) % 7 == 0) { Thread.Sleep(2); }
            return new FileExtraction(null, file);
        });

        var seen = new List<string>();
        await foreach (var outcome in extraction.RunAsync(4, CancellationToken.None)) { seen.Add(outcome.Error!); }

        Assert.Equal(Files, seen);
    }

    [Fact]
    public async Task Workers_StayWithinTheWindowOfTheWriter()
    {
        int started = 0, taken = 0, furthestAhead = 0;
        var extraction = new OrderedExtraction(Files, file =>
        {
            int ahead = Interlocked.Increment(ref started) - Volatile.Read(ref taken);
            InterlockedMax(ref furthestAhead, ahead);
            return new FileExtraction(null, file);
        });

        await foreach (var _ in extraction.RunAsync(4, CancellationToken.None))
        {
            // A slow writer: the workers would run to the end of the list if nothing held them.
            await Task.Delay(1);
            Interlocked.Increment(ref taken);
        }

        Assert.Equal(Files.Length, started);
        Assert.InRange(furthestAhead, 1, OrderedExtraction.Window + 1);
    }

    [Fact]
    public async Task WorkerFailure_ReachesTheCaller_AndTheOthersStop()
    {
        int calls = 0;
        var extraction = new OrderedExtraction(Files, file =>
        {
            Interlocked.Increment(ref calls);
            return file == "100.txt" ? throw new InvalidOperationException("bug") : new FileExtraction(null, file);
        });
        var seen = new List<string>();

        var e = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var outcome in extraction.RunAsync(2, CancellationToken.None)) { seen.Add(outcome.Error!); }
        });

        Assert.Equal("bug", e.Message);
        Assert.Equal(Files[..100], seen);
        Assert.True(calls < Files.Length, $"{calls} files extracted after the failure");
    }

    [Fact]
    public async Task Cancelled_StopsTheWorkers()
    {
        using var cancel = new CancellationTokenSource();
        int calls = 0;
        var extraction = new OrderedExtraction(Files, file =>
        {
            Interlocked.Increment(ref calls);
            return new FileExtraction(null, file);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var outcome in extraction.RunAsync(2, cancel.Token))
            {
                if (outcome.Error == "010.txt") { await cancel.CancelAsync(); }
            }
        });

        Assert.InRange(calls, 11, 11 + OrderedExtraction.Window + 2);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
