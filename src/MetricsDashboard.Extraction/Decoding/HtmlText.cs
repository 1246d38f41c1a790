using System.Net;
using System.Text.RegularExpressions;

namespace MetricsDashboard.Extraction.Decoding;

/// <summary>
/// Turns an HTML page into the plain text the extractor reads: blocks become lines, tags and scripts
/// go. Its bytes are decoded by the same strict rules as any document (<see cref="Decode(string, ReadOnlySpan{byte})"/>),
/// so the pure <c>extract</c> command needs no storage layer to read a page.
/// </summary>
public static partial class HtmlText
{
    /// <summary>Decodes HTML bytes (BOM, UTF-16, UTF-8 with damaged bytes reported, else GB18030) and strips them to text.</summary>
    /// <returns>The text and the name of the encoding it was decoded with.</returns>
    /// <exception cref="UnreadableDocumentException">The bytes are empty, binary or no known encoding.</exception>
    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes) => Decode("page.html", bytes);

    /// <inheritdoc cref="Decode(ReadOnlySpan{byte})"/>
    /// <param name="documentName">The file name that an <see cref="UnreadableDocumentException"/> reports.</param>
    /// <param name="bytes">The page as stored.</param>
    public static (string Text, string EncodingName) Decode(string documentName, ReadOnlySpan<byte> bytes)
    {
        var decoded = TextDecoder.Decode(documentName, bytes);
        return (ToText(decoded.Text), decoded.EncodingName);
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

    [GeneratedRegex(@"<(?<tag>script|style)\b.*?</\k<tag>\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex InvisibleRegex();

    [GeneratedRegex(@"<\s*(br|/p|/div|/h[1-6]|/li|/tr|/section|/article|/title)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex BlockEndRegex();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"\n\s*\n(\s*\n)*", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex BlankLinesRegex();
}
