namespace MetricsDashboard.Web.Components.Pages.Shared;

/// <summary>
/// The one way pages and their parts load data: a load runs for a key (the route and the URL's
/// filters); a load for the key already shown is skipped; a load for a new key cancels the one
/// still running, so a slow answer never overwrites a newer one; leaving the page cancels it too.
/// </summary>
public sealed class LatestLoad : IDisposable
{
    private CancellationTokenSource? _current;
    private string? _key;

    /// <summary>True from the start of a load until it completes (a superseded load leaves it to the newer one).</summary>
    public bool IsLoading { get; private set; }

    /// <summary>
    /// Runs <paramref name="load"/> for <paramref name="key"/> unless that key is already loaded or
    /// loading. True when this load ran to its end; false when it was skipped, superseded or cancelled
    /// (its results must then not be shown).
    /// </summary>
    public async Task<bool> RunAsync(string key, Func<CancellationToken, Task> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (string.Equals(key, _key, StringComparison.Ordinal))
        {
            return false;
        }
        _key = key;
        // The superseded source is cancelled, not disposed: its load may still be registering on its token.
        _current?.Cancel();
        var source = _current = new CancellationTokenSource();
        IsLoading = true;
        try
        {
            await load(source.Token);
        }
        catch (OperationCanceledException) when (source.IsCancellationRequested)
        {
            return false;
        }
        if (source.IsCancellationRequested)
        {
            return false;
        }
        IsLoading = false;
        return true;
    }

    public void Dispose()
    {
        _current?.Cancel();
        _current?.Dispose();
        _current = null;
    }
}
