using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Queries;

namespace MetricsDashboard.Web.Model.Import;

/// <summary>What the import page shows after a run: the importer's report and the articles of each document.</summary>
/// <param name="Report">The importer's report.</param>
/// <param name="Files">Per file: the files the page could not read first, then the importer's files.</param>
/// <param name="ArticlesByDocument">The articles stored for each imported, replaced or unchanged document.</param>
/// <param name="IsReextraction">Whether the run was a re-extraction rather than an upload.</param>
public sealed record ImportRunView(
    ImportReport Report,
    IReadOnlyList<ImportFileReport> Files,
    IReadOnlyDictionary<int, IReadOnlyList<ArticleListItem>> ArticlesByDocument,
    bool IsReextraction)
{
    public int Imported => Count(ImportFileStatus.Imported);

    public int Unchanged => Count(ImportFileStatus.Unchanged);

    public int Replaced => Count(ImportFileStatus.Replaced);

    public int Failed => Count(ImportFileStatus.Failed);

    public int IndicatorsAdded => Files.Sum(f => f.IndicatorsAdded);

    public IReadOnlyList<ArticleListItem> ArticlesOf(ImportFileReport file) =>
        file.DocumentId is { } id && ArticlesByDocument.TryGetValue(id, out var articles) ? articles : [];

    private int Count(ImportFileStatus status) => Files.Count(f => f.Status == status);
}
