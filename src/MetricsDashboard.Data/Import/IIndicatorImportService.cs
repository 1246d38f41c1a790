namespace MetricsDashboard.Data.Import;

/// <summary>
/// The one importer behind the CLI, the web app's start-up seed import and its upload page. Each
/// file is its own transaction; every call is recorded as an import run.
/// </summary>
public interface IIndicatorImportService
{
    /// <summary>Imports files: new content is stored, known content is left alone, a changed file replaces its previous version.</summary>
    Task<ImportReport> ImportAsync(IReadOnlyList<ImportSource> files, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default);

    /// <summary>
    /// Imports one file or every file of a folder: <c>.txt</c>, <c>.md</c>, <c>.html</c>, <c>.htm</c>
    /// (others fail with "unsupported extension"), each with its sidecar <c>&lt;file&gt;.meta.json</c> when present.
    /// </summary>
    Task<ImportReport> ImportPathAsync(string fileOrFolder, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default);

    /// <summary>
    /// Re-runs extraction over the stored original text of documents extracted by another
    /// extractor version (or of all documents), replacing their articles and indicators.
    /// </summary>
    Task<ImportReport> ReextractAsync(bool all = false, IProgress<ImportProgress>? progress = null, CancellationToken ct = default);

    /// <summary>
    /// Stores one document's figures again from its original text: how a review decision is
    /// applied at once (the decisions are applied whenever a document's figures are stored).
    /// </summary>
    Task<ImportReport> ReextractDocumentAsync(int documentId, CancellationToken ct = default);
}
