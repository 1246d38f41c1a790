namespace MetricsDashboard.Web.Tests.Support;

/// <summary>One app over a fresh database holding the seed articles (imported by the app's first start), shared by a test class.</summary>
public sealed class SeededAppFixture : IDisposable
{
    public SeededAppFixture()
    {
        Factory = new DashboardAppFactory();
        Client = Factory.CreateClient();
    }

    public DashboardAppFactory Factory { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
