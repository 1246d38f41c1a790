namespace MetricsDashboard.Data.Model;

/// <summary>One article of a stored document: its span in the normalised text and what it is about.</summary>
public sealed class StoredArticle
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public StoredDocument? Document { get; set; }

    /// <summary>Position of the article in its document, from 0.</summary>
    public int Index { get; set; }

    public string? Title { get; set; }

    public string? Byline { get; set; }

    /// <summary>Offset of the article in the document's normalised text.</summary>
    public int Start { get; set; }

    /// <summary>Offset just past the article.</summary>
    public int End { get; set; }

    public string? District { get; set; }

    public string? Sector { get; set; }

    /// <summary>The document's publication date, copied here so that article lists filter without a join.</summary>
    public DateOnly? PublishedOn { get; set; }
}
