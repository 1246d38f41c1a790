namespace MetricsDashboard.E2E.Support;

/// <summary>A fact that needs a real browser: skipped, with the reason, where none is installed outside CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
