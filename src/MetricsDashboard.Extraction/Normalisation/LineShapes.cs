namespace MetricsDashboard.Extraction.Normalisation;

/// <summary>
/// What a line of a newspaper page looks like: a byline that closes an article, an opener
/// (本报讯, 紧接01版, □本报记者) that starts one, a headline. Works on raw and normalised lines alike.
/// </summary>
internal static class LineShapes
{
    private static readonly string[] BylineStarts = ["成都日报锦观新闻记者", "成都日报记者", "锦观新闻记者", "本报记者", "□本报记者"];
    private static readonly string[] CreditEnds = ["供图", "摄影报道", "摄", "图片由受访者提供"];
    private static readonly string[] Openers = ["本报讯", "紧接", "□"];

    /// <summary>A byline or photo credit: short, no full stop, starts with a reporter formula or ends with a credit.</summary>
    public static bool IsByline(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > 60 || line.IndexOfAny('。', '，') >= 0) { return false; }
        foreach (var start in BylineStarts)
        {
            if (line.StartsWith(start, StringComparison.Ordinal) && !line.StartsWith("记者从", StringComparison.Ordinal)) { return true; }
        }
        foreach (var end in CreditEnds)
        {
            if (line.EndsWith(end, StringComparison.Ordinal) && line.Length <= 40) { return true; }
        }
        // □冉金鹭 马强 本报记者 魏彪: contributors named before the staff reporter.
        return line[0] == '□' && line.Contains("记者", StringComparison.Ordinal);
    }

    /// <summary>The start of an article body: 本报讯, a 紧接 continuation, or a □ reporter line.</summary>
    public static bool OpensArticle(ReadOnlySpan<char> line)
    {
        foreach (var opener in Openers)
        {
            if (line.StartsWith(opener, StringComparison.Ordinal)) { return true; }
        }
        return false;
    }

    public static bool HasClausePunctuation(ReadOnlySpan<char> line) =>
        line.IndexOfAny("，。；！？：,;") >= 0;

    /// <summary>A headline: no clause punctuation, not too long, not a byline.</summary>
    public static bool IsHeadline(ReadOnlySpan<char> line) =>
        line.Length is > 0 and <= 64 && !HasClausePunctuation(line) && !IsByline(line) && !OpensArticle(line);

    /// <summary>
    /// A headline that holds a comma in its subtitle but no full stop and ends on a word:
    /// 3000万元成都消费券活动12日开启无需领券,付款核销时即享立减优惠. Trusted only right above an
    /// article opener, where a body paragraph would end with a full stop.
    /// </summary>
    public static bool IsHeadlineWithComma(ReadOnlySpan<char> line) =>
        line.Length is > 0 and <= 64 && line.IndexOfAny("。！？；;!?") < 0 && (CjkText.IsIdeograph(line[^1]) || char.IsAsciiLetterOrDigit(line[^1]))
        && !IsByline(line) && !OpensArticle(line);

    /// <summary>
    /// Where a byline starts at the end of a paragraph (…已解决108个。成都日报锦观新闻记者 陈泳), or -1.
    /// </summary>
    public static int TrailingBylineStart(ReadOnlySpan<char> line)
    {
        int lastStop = line.LastIndexOfAny('。', '！', '？');
        if (lastStop < 0 || lastStop == line.Length - 1) { return -1; }
        int start = lastStop + 1;
        while (start < line.Length && line[start] is '”' or '’' or ' ') { start++; }
        return start < line.Length && IsByline(line[start..]) ? start : -1;
    }
}
