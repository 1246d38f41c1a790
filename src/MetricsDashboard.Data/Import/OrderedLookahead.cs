using System.Runtime.CompilerServices;

namespace MetricsDashboard.Data.Import;

/// <summary>
/// Runs the work for items 0…count-1 on the thread pool, at most <c>window</c> ahead of the
/// consumer, and yields the results in item order: the next files are read and extracted while
/// the current one is stored, yet files are stored in the order given and memory stays bounded.
/// </summary>
internal static class OrderedLookahead
{
    public static async IAsyncEnumerable<Task<T>> RunAsync<T>(int count, int window, Func<int, CancellationToken, Task<T>> work, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var pending = new Queue<Task<T>>(window);
        var next = 0;
        try
        {
            while (next < count || pending.Count > 0)
            {
                while (next < count && pending.Count < window)
                {
                    var item = next++;
                    pending.Enqueue(Task.Run(() => work(item, stop.Token), stop.Token));
                }
                // It leaves the window when the consumer asks for the next one, having awaited it.
                yield return pending.Peek();
                _ = pending.Dequeue();
            }
        }
        finally
        {
            // The consumer stopped early (failure, cancellation): work started ahead is abandoned,
            // and waited for, so that nothing outlives the run that started it.
            await stop.CancelAsync();
            foreach (var task in pending)
            {
                try
                {
                    await task;
                }
                catch (Exception)
                {
                    // Its result is no longer wanted, nor its failure.
                }
            }
        }
    }
}
