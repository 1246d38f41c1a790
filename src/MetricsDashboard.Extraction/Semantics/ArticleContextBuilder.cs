using MetricsDashboard.Extraction.Areas;
using MetricsDashboard.Extraction.Normalisation;
using MetricsDashboard.Extraction.Segmentation;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>
/// Reads an article as a whole. Main area: the area named most often, narrowed to a district of
/// it that the lead paragraph names (成都 appears in company names of a 新都区 story). Reporting
/// year: a plain year of the lead paragraph (2024年川渝推动…), else 去年 anywhere (a January review
/// of the past year); years framed as start or deadline (自2023年以来, 到2025年) are not one.
/// </summary>
internal sealed class ArticleContextBuilder(AreaGazetteer gazetteer, SectorClassifier sectors)
{
    public ArticleContext Build(string text, NormalisedText normalised, ArticleSpan article, List<AreaMention> areas, List<PeriodMarker> periods)
    {
        var lines = normalised.Lines;
        var counts = new Dictionary<Area, int>();
        var leadLine = article.LeadLine >= 0 ? lines[article.LeadLine] : default;
        Area? leadDistrict = null;
        foreach (var mention in Within(areas, article.Start, article.End))
        {
            counts[mention.Area] = counts.GetValueOrDefault(mention.Area) + 1;
            if (article.LeadLine >= 0 && mention.Start >= leadLine.Start && mention.End <= leadLine.End
                && mention.Area.Level == AreaLevel.District && leadDistrict is null)
            {
                leadDistrict = mention.Area;
            }
        }
        Area? main = null;
        int best = 0;
        foreach (var (area, count) in counts)
        {
            if (count > best || (count == best && main is not null && area.Level > main.Level))
            {
                main = area;
                best = count;
            }
        }
        if (main is not null && leadDistrict is not null && main.Level < AreaLevel.District && gazetteer.IsAncestor(main, leadDistrict))
        {
            main = leadDistrict;
        }

        var scores = new double[sectors.SectorCount];
        sectors.Score(text.AsSpan(article.Start, article.End - article.Start), scores, 1);
        string sector = sectors.Best(scores);
        SectorClassifier.Normalise(scores);

        return new ArticleContext(main, scores, sector, ReportingYear(article, leadLine, periods));
    }

    private static string? ReportingYear(ArticleSpan article, TextLine leadLine, List<PeriodMarker> periods)
    {
        string? lastYear = null;
        foreach (var marker in periods)
        {
            if (marker.Start < article.Start || marker.End > article.End) { continue; }
            bool inLead = article.LeadLine >= 0 && marker.Start >= leadLine.Start && marker.End <= leadLine.End;
            if (inLead && marker.YearOnly && !marker.Bounded && !marker.LastYear) { return marker.Period; }
            if (marker.LastYear && marker.YearOnly) { lastYear ??= marker.Period; }
        }
        return lastYear;
    }

    private static IEnumerable<AreaMention> Within(List<AreaMention> areas, int start, int end)
    {
        foreach (var mention in areas)
        {
            if (mention.Start >= start && mention.End <= end) { yield return mention; }
        }
    }
}
