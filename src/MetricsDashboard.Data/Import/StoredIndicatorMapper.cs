using System.Globalization;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Import;

/// <summary>Maps the extractor's records to stored rows: enums to wire strings, the derived date columns filled.</summary>
public static class StoredIndicatorMapper
{
    /// <summary>The articles of a result; a result without any gets one article spanning the whole text.</summary>
    public static List<StoredArticle> ToArticles(ExtractionResult result, DateOnly? publishedOn)
    {
        var articles = result.Articles.Count > 0
            ? result.Articles
            : [new Article(0, null, null, 0, result.NormalisedText.Length, null, null)];
        return articles.Select(a => new StoredArticle
        {
            Index = a.Index,
            Title = a.Title,
            Byline = a.Byline,
            Start = a.Start,
            End = a.End,
            District = a.District,
            Sector = a.Sector,
            PublishedOn = publishedOn,
        }).ToList();
    }

    /// <summary>One stored row of an indicator; the ids are those of its saved document and article.</summary>
    public static StoredIndicator ToStored(Indicator i, int documentId, int articleId, DateOnly? publishedOn, string extractorVersion)
    {
        ArgumentNullException.ThrowIfNull(i);
        var (periodStart, periodEnd) = PeriodRange.Parse(i.Period);
        return new StoredIndicator
        {
            DocumentId = documentId,
            ArticleId = articleId,
            Surface = i.Surface,
            Start = i.Start,
            End = i.End,
            Value = i.Value,
            ValueMax = i.ValueMax,
            Unit = i.Unit,
            Counter = i.Counter,
            Qualifier = i.Qualifier,
            Kind = i.Kind,
            Metric = i.Metric,
            Label = i.Label,
            District = i.District,
            Sector = i.Sector,
            Period = i.Period,
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            Sentence = i.Sentence,
            SentenceStart = i.SentenceStart,
            Confidence = i.Confidence,
            ExtractorVersion = extractorVersion,
            PublishedOn = publishedOn,
            PublishedMonth = MonthKey(publishedOn),
            Form = i.Form,
        };
    }

    /// <summary>The <c>yyyy-MM</c> key of a date.</summary>
    public static string? MonthKey(DateOnly? date) => date?.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
