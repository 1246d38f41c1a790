using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Search;

namespace MetricsDashboard.Data.Tests.Import;

/// <summary>
/// A batch's text-index entries follow its files: a document removed later in the batch takes its
/// entries along, a re-extracted document keeps only its new ones, and a failed file empties the
/// batch (its files are stored again) — so the index written at commit holds exactly the mentions stored.
/// </summary>
public sealed class BatchTextEntriesTests
{
    [Fact]
    public void Drain_HoldsStoredFiles_WithoutRemovedDocuments_InIdOrder()
    {
        var entries = new BatchTextEntries();
        Fill(entries, 1, 10, 11);
        entries.EndFile();
        Fill(entries, 3, 5);
        entries.EndFile();
        // Document 1 replaced by document 4 (its ids reused), document 3 re-extracted under its own id.
        entries.RemoveDocument(1);
        Fill(entries, 4, 10);
        entries.EndFile();
        entries.RemoveDocument(3);
        Fill(entries, 3, 6);
        entries.EndFile();

        Assert.Equal([(6L, "d3"), (10L, "d4")], entries.Drain().Select(e => (e.Id, e.Label!)));
        Assert.Empty(entries.Drain());
    }

    [Fact]
    public void Clear_ForgetsTheBatch_AndTheFileInProgress()
    {
        var entries = new BatchTextEntries();
        Fill(entries, 1, 10);
        entries.EndFile();
        entries.RemoveDocument(1);
        Fill(entries, 2, 11);

        entries.Clear();
        Fill(entries, 5, 20);
        entries.EndFile();

        Assert.Equal([(20L, "d5")], entries.Drain().Select(e => (e.Id, e.Label!)));
    }

    private static void Fill(BatchTextEntries entries, int document, params long[] ids)
    {
        var list = entries.ForDocument(document);
        foreach (var id in ids)
        {
            list.Add(new IndexedText(id, $"d{document}", "sentence"));
        }
    }
}
