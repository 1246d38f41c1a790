using MetricsDashboard.Data.Infrastructure.Conversions;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Facts;

/// <summary>A stored mention with every column a fact's reading is computed from.</summary>
public sealed record MentionRow(
    long Id,
    long? FactId,
    int DocumentId,
    int ArticleId,
    int Start,
    int SentenceStart,
    bool InHeadline,
    DateOnly? PublishedOn,
    string Metric,
    CanonicalUnit Unit,
    string? Counter,
    IndicatorKind Kind,
    string? District,
    string Sector,
    string? Period,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    double Value,
    double? ValueMax,
    Qualifier Qualifier,
    string Label,
    FigureForm Form,
    long? PartOfIndicatorId,
    bool StandsAlone = false)
{
    /// <summary>The columns read, in the order of the constructor; <c>i</c> is the Indicators table.</summary>
    public const string SelectColumns =
        "i.\"Id\", i.\"FactId\", i.\"DocumentId\", i.\"ArticleId\", i.\"Start\", i.\"SentenceStart\", i.\"InHeadline\", i.\"PublishedOn\", i.\"Metric\", i.\"Unit\", i.\"Counter\", " +
        "i.\"Kind\", i.\"District\", i.\"Sector\", i.\"Period\", i.\"PeriodStart\", i.\"PeriodEnd\", i.\"Value\", i.\"ValueMax\", i.\"Qualifier\", i.\"Label\", i.\"Form\", i.\"PartOfIndicatorId\", " +
        // A flag on both engines (a boolean in PostgreSQL, 0/1 in SQLite), false for an unreviewed NULL.
        $"COALESCE(i.\"ReviewStatus\" = '{Review.ReviewStatuses.Split}', FALSE)";

    /// <summary>The row of a mention about to be written (its id already chosen).</summary>
    public static MentionRow From(Model.StoredIndicator i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(i.Id, i.FactId, i.DocumentId, i.ArticleId, i.Start, i.SentenceStart, i.InHeadline, i.PublishedOn, i.Metric, i.Unit, i.Counter, i.Kind,
            i.District, i.Sector, i.Period, i.PeriodStart, i.PeriodEnd, i.Value, i.ValueMax, i.Qualifier, i.Label, i.Form, i.PartOfIndicatorId,
            i.ReviewStatus == Review.ReviewStatuses.Split);
    }

    public FactMention ToMention() => new(Id, DocumentId, ArticleId, Start, SentenceStart, InHeadline, Metric, Unit, Counter, Kind, District, Period, Value, StandsAlone);

    /// <summary>Reads one row selected with <see cref="SelectColumns"/>.</summary>
    public static MentionRow Read(System.Data.Common.DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        DateOnly? D(int i) => Infrastructure.SqlDialect.ReadDate(r, i);
        T E<T>(int i) where T : struct, Enum => WireNameConverter<T>.Read(r.GetString(i));
        return new MentionRow(
            r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetBoolean(6), D(7),
            r.GetString(8), E<CanonicalUnit>(9), S(10), E<IndicatorKind>(11), S(12), r.GetString(13), S(14), D(15), D(16),
            r.GetDouble(17), r.IsDBNull(18) ? null : r.GetDouble(18), E<Qualifier>(19), r.GetString(20), E<FigureForm>(21),
            r.IsDBNull(22) ? null : r.GetInt64(22), r.GetBoolean(23));
    }
}
