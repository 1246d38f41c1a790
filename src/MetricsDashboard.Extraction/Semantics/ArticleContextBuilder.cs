using MetricsDashboard.Extraction.Areas;
using MetricsDashboard.Extraction.Normalisation;
using MetricsDashboard.Extraction.Segmentation;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>
/// Reads an article as a whole. Main area: the area named most often, narrowed to a district of
/// it that the lead paragraph names (成都 appears in company names of a 新都区 story). Reporting
/// year: a plain year of the lead paragraph (2024年川渝推动…; the paragraph after a lead that is a
/// quote), else 去年 anywhere (a January review of the past year); years framed as start or deadline
/// (自2023年以来, 到2025年) are not one. Without a year, the month of a scheduled event (将于1月10日)
/// or of the days a lead opens with (8月10日至11月18日,…) is the article's period.
/// </summary>
internal sealed class ArticleContextBuilder(AreaGazetteer gazetteer, SectorClassifier sectors)
{
    private const double BodyWeight = 0.5;
    private const double HeadWeight = 2.0;

    public ArticleContext Build(string text, NormalisedText normalised, ArticleSpan article, List<AreaMention> areas, List<PeriodMarker> periods,
        DateOnly? published)
    {
        var lines = normalised.Lines;
        var counts = new Dictionary<Area, int>();
        var leadLine = article.LeadLine >= 0 ? lines[article.LeadLine] : default;
        Area? leadDistrict = null;
        var leadAreas = new HashSet<Area>();
        foreach (var mention in Within(areas, article.Start, article.End))
        {
            if (ReferenceEquals(mention.Area, AreaScanner.Pronoun)) { continue; }
            counts[mention.Area] = counts.GetValueOrDefault(mention.Area) + 1;
            if (article.LeadLine >= 0 && mention.Start >= leadLine.Start && mention.End <= leadLine.End)
            {
                leadAreas.Add(mention.Area);
                if (mention.Area.Level == AreaLevel.District) { leadDistrict ??= mention.Area; }
            }
        }
        // Most named wins; a tie goes to the area the lead names, then to the more specific one.
        Area? main = null;
        int best = 0;
        bool mainInLead = false;
        foreach (var (area, count) in counts)
        {
            bool inLead = leadAreas.Contains(area);
            if (count > best || (count == best && main is not null && (inLead && !mainInLead || inLead == mainInLead && area.Level > main.Level)))
            {
                main = area;
                best = count;
                mainInLead = inLead;
            }
        }
        if (main is not null && leadDistrict is not null && main.Level == AreaLevel.City && gazetteer.IsAncestor(main, leadDistrict))
        {
            main = leadDistrict;
        }

        // What a story is about shows in its headline and lead more than in its body.
        var scores = new double[sectors.SectorCount];
        sectors.Score(text.AsSpan(article.Start, article.End - article.Start), scores, BodyWeight);
        for (int li = article.FirstLine; li <= article.LastLine; li++)
        {
            if (li == article.LeadLine || LineShapes.IsHeadline(text.AsSpan(lines[li].Start, lines[li].End - lines[li].Start)))
            {
                sectors.Score(text.AsSpan(lines[li].Start, lines[li].End - lines[li].Start), scores, HeadWeight);
            }
        }
        string sector = sectors.Best(scores);
        SectorClassifier.Normalise(scores);

        var periodLead = ReportingLead(text, lines, article, leadLine);
        var period = ReportingYear(article, periodLead, periods) ?? EventMonth(text, article, leadLine, published) ?? DatedLead(text, article, leadLine, published);
        return new ArticleContext(main, scores, sector, period);
    }

    /// <summary>
    /// The paragraph that states what an article reports: the lead, or when the lead is a quote
    /// (“把家庭成员信息录入…”近日,…副主任说) the paragraph after it (据了解,2023年,朝天区…).
    /// </summary>
    private static TextLine ReportingLead(string text, IReadOnlyList<TextLine> lines, ArticleSpan article, TextLine leadLine)
    {
        if (article.LeadLine < 0 || leadLine.End <= leadLine.Start || text[leadLine.Start] != '“') { return leadLine; }
        for (int li = article.LeadLine + 1; li <= article.LastLine; li++)
        {
            var line = text.AsSpan(lines[li].Start, lines[li].End - lines[li].Start);
            if (!line.IsEmpty && !LineShapes.IsHeadline(line)) { return lines[li]; }
        }
        return leadLine;
    }

    /// <summary>
    /// The one plain year of the lead paragraph (a lead naming 2017, 2022 and 2024 is a biography,
    /// not a report of one year), else 去年 anywhere in the article.
    /// </summary>
    private static string? ReportingYear(ArticleSpan article, TextLine leadLine, List<PeriodMarker> periods)
    {
        string? lastYear = null;
        string? leadYear = null;
        bool ambiguous = false;
        foreach (var marker in periods)
        {
            if (marker.Start < article.Start || marker.End > article.End) { continue; }
            bool inLead = article.LeadLine >= 0 && marker.Start >= leadLine.Start && marker.End <= leadLine.End;
            if (inLead && marker.YearOnly && !marker.Bounded && !marker.LastYear && !marker.WholeYear)
            {
                if (leadYear is not null && leadYear != marker.Period) { ambiguous = true; }
                leadYear ??= marker.Period;
            }
            if (marker.LastYear && marker.YearOnly) { lastYear ??= marker.Period; }
        }
        return leadYear is not null && !ambiguous ? leadYear : lastYear;
    }

    /// <summary>
    /// A lead announcing a scheduled event (年货节将于1月10日—22日举办) reports the figures of that
    /// event: its month is the period of the article's numbers.
    /// </summary>
    private static string? EventMonth(string text, ArticleSpan article, TextLine leadLine, DateOnly? published)
    {
        if (article.LeadLine < 0 || published is not DateOnly page) { return null; }
        var lead = text.AsSpan(leadLine.Start, leadLine.End - leadLine.Start);
        int at = lead.IndexOf("将于", StringComparison.Ordinal);
        if (at < 0) { return null; }
        int i = at + 2;
        int month = 0, digits = 0;
        while (i < lead.Length && digits < 2 && char.IsAsciiDigit(lead[i])) { month = month * 10 + (lead[i] - '0'); i++; digits++; }
        if (digits == 0 || i >= lead.Length || lead[i] != '月' || month is < 1 or > 12) { return null; }
        int year = month < page.Month - 6 ? page.Year + 1 : page.Year;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year}-{month:00}");
    }

    /// <summary>
    /// A lead that opens with the day or days of what it reports (8月10日至11月18日,青白江区水务局开展…;
    /// 本报讯(…)2月10日,…召开) dates the article's numbers by that month or month range, in the
    /// page year, or the year before when the month is still ahead of the page.
    /// </summary>
    private static string? DatedLead(string text, ArticleSpan article, TextLine leadLine, DateOnly? published)
    {
        if (article.LeadLine < 0 || published is not DateOnly page) { return null; }
        var lead = text.AsSpan(leadLine.Start, leadLine.End - leadLine.Start);
        int i = 0;
        if (lead.StartsWith("本报讯"))
        {
            i = 3;
            if (i < lead.Length && lead[i] is '(' or '（')
            {
                int close = lead[i..].IndexOfAny(')', '）');
                if (close < 0) { return null; }
                i += close + 1;
            }
        }
        if (!TryDay(lead, i, out int from, out int next)) { return null; }
        int to = from;
        if (next < lead.Length && lead[next] is '至' or '—' or '-' && TryDay(lead, next + 1, out int until, out _) && until >= from) { to = until; }
        int year = to > page.Month ? page.Year - 1 : page.Year;
        return from == to
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year}-{from:00}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year}-{from:00}/{year}-{to:00}");
    }

    /// <summary>A day N月N日 at <paramref name="i"/>: its month and the offset after 日.</summary>
    private static bool TryDay(ReadOnlySpan<char> s, int i, out int month, out int end)
    {
        month = 0;
        end = i;
        int j = i;
        while (j < s.Length && j - i < 2 && char.IsAsciiDigit(s[j])) { month = month * 10 + (s[j] - '0'); j++; }
        if (j == i || j >= s.Length || s[j] != '月' || month is < 1 or > 12) { return false; }
        int k = ++j;
        while (k < s.Length && k - j < 2 && char.IsAsciiDigit(s[k])) { k++; }
        if (k == j || k >= s.Length || s[k] is not ('日' or '号')) { return false; }
        end = k + 1;
        return true;
    }

    private static IEnumerable<AreaMention> Within(List<AreaMention> areas, int start, int end)
    {
        foreach (var mention in areas)
        {
            if (mention.Start >= start && mention.End <= end) { yield return mention; }
        }
    }
}
