namespace MetricsDashboard.Web.Model.Theming;

/// <summary>
/// The light/dark choice of one circuit (or one prerendered request). It starts from the cookie the
/// server read (so the first paint is already right) and tells the pages when it flips, so charts
/// redraw in the new colours without a reload.
/// </summary>
public sealed class ThemeState
{
    /// <summary>The cookie that remembers the light/dark choice across visits: "dark" or "light".</summary>
    public const string CookieName = "MetricsDashboard.Theme";

    public bool IsDark { get; private set; }

    public event Action? Changed;

    /// <summary>Reads a cookie value; anything but "dark" is light.</summary>
    public static bool IsDarkValue(string? cookie) => string.Equals(cookie, "dark", StringComparison.OrdinalIgnoreCase);

    /// <summary>Sets the mode without raising <see cref="Changed"/> (start of a circuit).</summary>
    public void Initialize(bool dark) => IsDark = dark;

    public void Set(bool dark)
    {
        if (dark == IsDark)
        {
            return;
        }
        IsDark = dark;
        Changed?.Invoke();
    }
}
