using MetricsDashboard.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace MetricsDashboard.Web.Tests.Hosting;

public sealed class AdminCredentialsTests
{
    private static AdminCredentials From(params (string Key, string? Value)[] settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Fact]
    public void Verify_NothingConfigured_RefusesEverythingAndReportsDisabled()
    {
        var credentials = From();

        Assert.False(credentials.IsConfigured);
        Assert.False(credentials.Verify(""));
        Assert.False(credentials.Verify("admin"));
    }

    [Fact]
    public void Verify_ConfiguredPassword_AcceptsOnlyThatPassword()
    {
        var credentials = From((AdminCredentials.PasswordKey, "成都-Secret-1"));

        Assert.True(credentials.IsConfigured);
        Assert.True(credentials.Verify("成都-Secret-1"));
        Assert.False(credentials.Verify("成都-Secret-1 "));
        Assert.False(credentials.Verify("成都-secret-1"));
        Assert.False(credentials.Verify(null));
    }

    [Fact]
    public void Verify_EnvironmentVariableName_IsUsedWhenAdminPasswordIsUnset()
    {
        var credentials = From((AdminCredentials.PasswordEnvironmentVariable, "from-env"));

        Assert.True(credentials.Verify("from-env"));
    }

    [Fact]
    public void Verify_BothSet_ConfigurationWins()
    {
        var credentials = From((AdminCredentials.PasswordKey, "from-config"), (AdminCredentials.PasswordEnvironmentVariable, "from-env"));

        Assert.True(credentials.Verify("from-config"));
        Assert.False(credentials.Verify("from-env"));
    }
}
