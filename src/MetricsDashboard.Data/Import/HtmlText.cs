using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MetricsDashboard.Data.Import;

/// <summary>Turns an HTML page into the plain text the extractor reads: blocks become lines, tags and scripts go.</summary>
public static partial class HtmlText
{
    /// <summary>Decodes HTML bytes (BOM, strict UTF-8, else GB18030, the encodings Chinese pages use) and strips them to text.</summary>
    /// <returns>The text and the name of the encoding it was decoded with.</returns>
    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes)
    {
        var (html, encoding) = DecodeBytes(bytes);
        return (ToText(html), encoding);
    }

    /// <summary>Strips markup from HTML.</summary>
    public static string ToText(string html)
    {
        // <script>alert(1)</script>, <style>…</style>, <!-- … --> carry no article text.
        var text = InvisibleRegex().Replace(html, " ");
        // </p>, <br/>, </div>, </h2> end a line: articles and paragraphs stay apart.
        text = BlockEndRegex().Replace(text, "\n");
        text = TagRegex().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return BlankLinesRegex().Replace(text, "\n\n").Trim();
    }

    private static (string Html, string EncodingName) DecodeBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), "utf-8");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return (Encoding.GetEncoding("GB18030").GetString(bytes), "gb18030");
        }
    }

    [GeneratedRegex(@"<(?<tag>script|style)\b.*?</\k<tag>\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex InvisibleRegex();

    [GeneratedRegex(@"<\s*(br|/p|/div|/h[1-6]|/li|/tr|/section|/article|/title)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex BlockEndRegex();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"\n\s*\n(\s*\n)*", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex BlankLinesRegex();
}
