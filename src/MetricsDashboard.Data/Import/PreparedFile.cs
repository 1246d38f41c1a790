using MetricsDashboard.Data.Model;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Import;

/// <summary>
/// A file after the work that needs no write (read, hash, extract): either its outcome is already
/// known (failed, unchanged) or a document and its extraction wait to be stored.
/// </summary>
internal sealed record PreparedFile(ImportFileReport? Outcome, StoredDocument? Document, ExtractionResult? Result, bool ReplaceByName, string? PreviousMonth, long Bytes)
{
    public static PreparedFile Done(ImportFileReport outcome, long bytes = 0) => new(outcome, null, null, false, null, bytes);

    // replaceByName: an import (a stored document of the same name is replaced), not a re-extraction of a stored document.
    public static PreparedFile ToStore(StoredDocument document, ExtractionResult result, bool replaceByName, string? previousMonth, long bytes) =>
        new(null, document, result, replaceByName, previousMonth, bytes);
}
