using Xunit.Abstractions;
using Xunit.Sdk;

namespace MetricsDashboard.Tests.Shared;

/// <summary>
/// Marks a test class whose tests run on PostgreSQL. The usual shape: an abstract class of tests
/// taking a <c>DatabaseProvider</c>, and two sealed subclasses, one for SQLite and one
/// (with this interface) for PostgreSQL, so that each test runs on both.
/// </summary>
public interface IPostgresTests;

/// <summary>
/// A fact of a class that runs on either provider: in a class marked <see cref="IPostgresTests"/>
/// without a server it is reported as skipped with the reason, or fails when <c>CI=true</c>.
/// </summary>
[XunitTestCaseDiscoverer("MetricsDashboard.Tests.Shared.ProviderFactDiscoverer", ProviderTestSupport.Assembly)]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProviderFactAttribute : FactAttribute;

/// <summary>The theory counterpart of <see cref="ProviderFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("MetricsDashboard.Tests.Shared.ProviderTheoryDiscoverer", ProviderTestSupport.Assembly)]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProviderTheoryAttribute : TheoryAttribute;

/// <summary>A fact that needs PostgreSQL whatever its class: skipped with the reason without a server, failed in CI.</summary>
[XunitTestCaseDiscoverer("MetricsDashboard.Tests.Shared.PostgresFactDiscoverer", ProviderTestSupport.Assembly)]
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute;

internal static class ProviderTestSupport
{
#if WEB_TESTS
    public const string Assembly = "MetricsDashboard.Web.Tests";
#else
    public const string Assembly = "MetricsDashboard.Data.Tests";
#endif

    public static bool NeedsPostgres(ITestMethod method) =>
        typeof(IPostgresTests).IsAssignableFrom(method.TestClass.Class.ToRuntimeType());

    public static string MissingInCi => $"CI=true but {PostgresTestServer.EnvironmentVariable} is not set: the PostgreSQL tests must run in CI ({PostgresTestServer.Unavailable})";
}

public sealed class ProviderFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    private readonly IMessageSink _sink = sink;

    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        ProviderFactDiscoverer.Decide(_sink, discoveryOptions, testMethod, ProviderTestSupport.NeedsPostgres(testMethod))
        ?? base.Discover(discoveryOptions, testMethod, factAttribute);

    internal static IXunitTestCase[]? Decide(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod method, bool needsPostgres)
    {
        if (!needsPostgres || PostgresTestServer.Unavailable is null)
        {
            return null;
        }
        var display = options.MethodDisplayOrDefault();
        var displayOptions = options.MethodDisplayOptionsOrDefault();
        return PostgresTestServer.IsCi
            ? [new ExecutionErrorTestCase(sink, display, displayOptions, method, ProviderTestSupport.MissingInCi)]
            : [new SkippedTestCase(sink, display, displayOptions, method, PostgresTestServer.Unavailable)];
    }
}

public sealed class PostgresFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    private readonly IMessageSink _sink = sink;

    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        ProviderFactDiscoverer.Decide(_sink, discoveryOptions, testMethod, needsPostgres: true)
        ?? base.Discover(discoveryOptions, testMethod, factAttribute);
}

public sealed class ProviderTheoryDiscoverer(IMessageSink sink) : TheoryDiscoverer(sink)
{
    private readonly IMessageSink _sink = sink;

    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        ProviderFactDiscoverer.Decide(_sink, discoveryOptions, testMethod, ProviderTestSupport.NeedsPostgres(testMethod))
        ?? base.Discover(discoveryOptions, testMethod, theoryAttribute);
}

/// <summary>A test case reported as skipped with a reason decided at discovery (the attribute's Skip is fixed at compile time).</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod method, string reason)
        : base(sink, display, displayOptions, method) => _reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("Reason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("Reason");
        base.Deserialize(data);
    }
}
