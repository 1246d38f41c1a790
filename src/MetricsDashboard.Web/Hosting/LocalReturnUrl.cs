namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// The one check of every "go back to" URL the app accepts (sign-in, sign-out, culture switch):
/// a local path, or the fallback. Browsers drop tabs and line breaks inside URLs and read <c>\</c>
/// as <c>/</c>, so <c>/\tevil.example</c>, <c>/\nevil</c> and <c>/\evil</c> all mean <c>//evil</c>: another host.
/// </summary>
public static class LocalReturnUrl
{
    /// <summary>Whether <paramref name="url"/> is a path on this site: starts with one <c>/</c>, no control characters, no backslashes.</summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }
        if (url.Length > 1 && url[1] == '/')
        {
            return false;
        }
        foreach (var c in url)
        {
            if (c == '\\' || char.IsControl(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary><paramref name="url"/> when it is local, else <paramref name="fallback"/>.</summary>
    public static string OrFallback(string? url, string fallback = "/") => IsLocal(url) ? url! : fallback;
}
