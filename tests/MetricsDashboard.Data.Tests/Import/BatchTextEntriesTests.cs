using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Search;

namespace MetricsDashboard.Data.Tests.Import;

/// <summary>
/// A batch's text-index entries follow its files' savepoints: a file rolled back leaves none, a
/// document removed later in the batch takes its entries along, and a re-extracted document keeps
/// only its new ones — so the index written at commit holds exactly the mentions that were kept.
/// </summary>
public sealed class BatchTextEntriesTests
{
    [Fact]
    public void Drain_HoldsKeptFilesOnly_WithoutRemovedDocuments_InIdOrder()
    {
        var entries = new BatchTextEntries();
        Fill(entries, 1, 10, 11);
        entries.EndFile(kept: true);
        Fill(entries, 2, 20);
        entries.EndFile(kept: false);   // rolled back to its savepoint
        Fill(entries, 3, 5);
        entries.EndFile(kept: true);
        // Document 1 replaced by document 4 (its ids reused), document 3 re-extracted under its own id.
        entries.RemoveDocument(1);
        Fill(entries, 4, 10);
        entries.EndFile(kept: true);
        entries.RemoveDocument(3);
        Fill(entries, 3, 6);
        entries.EndFile(kept: true);

        Assert.Equal([(6L, "d3"), (10L, "d4")], entries.Drain().Select(e => (e.Id, e.Label!)));
        Assert.Empty(entries.Drain());
    }

    [Fact]
    public void RemovalInAFileRolledBack_KeepsTheDocumentsEntries()
    {
        var entries = new BatchTextEntries();
        Fill(entries, 1, 10);
        entries.EndFile(kept: true);
        entries.RemoveDocument(1);
        Fill(entries, 2, 10);
        entries.EndFile(kept: false);

        Assert.Equal([(10L, "d1")], entries.Drain().Select(e => (e.Id, e.Label!)));
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
