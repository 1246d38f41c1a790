using System.Globalization;
using System.Text;

namespace MetricsDashboard.Data.Import;

/// <summary>
/// File names and messages as they may be printed: a name holding <c>\r</c>, <c>\n</c>, <c>\e[…</c>
/// could otherwise forge report lines or drive the terminal. Control characters become visible escapes.
/// </summary>
public static class ReportText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsUnsafe))
        {
            return text ?? "";
        }
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsUnsafe(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    // C0/C1 controls, plus the bidirectional overrides that make a name display as another.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069';
}
