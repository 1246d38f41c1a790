namespace MetricsDashboard.E2E.Support;

/// <summary>The administrator password the browser tests start the app with (test-only, never a default).</summary>
public static class E2EAdmin
{
    public const string Password = "e2e-admin-Secret-42";
}
