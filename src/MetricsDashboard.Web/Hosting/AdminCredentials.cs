using System.Security.Cryptography;
using System.Text;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// The administrator password, from configuration <c>Admin:Password</c> or the environment variable
/// <c>METRICSDASHBOARD_ADMIN_PASSWORD</c>. There is no default: without one, nobody can sign in
/// and import is disabled.
/// </summary>
public sealed class AdminCredentials
{
    public const string PasswordKey = "Admin:Password";
    public const string PasswordEnvironmentVariable = "METRICSDASHBOARD_ADMIN_PASSWORD";

    private readonly byte[]? _passwordHash;

    public AdminCredentials(IConfiguration configuration)
    {
        // Environment variables are part of the configuration under their own names.
        var password = configuration[PasswordKey] is { Length: > 0 } configured
            ? configured
            : configuration[PasswordEnvironmentVariable];
        _passwordHash = string.IsNullOrEmpty(password) ? null : Hash(password);
    }

    /// <summary>Whether an administrator password is set (and so whether import is enabled).</summary>
    public bool IsConfigured => _passwordHash is not null;

    /// <summary>Checks a candidate in constant time: hashing first makes the comparison independent of both lengths.</summary>
    public bool Verify(string? candidate) =>
        _passwordHash is not null
        && candidate is not null
        && CryptographicOperations.FixedTimeEquals(Hash(candidate), _passwordHash);

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
