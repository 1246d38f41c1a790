using MetricsDashboard.Data.Search;

namespace MetricsDashboard.Data.Import;

/// <summary>
/// The text-index entries of a batch's stored files, held until the batch commits and then written
/// in one go (one FTS5 segment; see <see cref="SqliteBigramIndex.Add"/>). Kept by document and
/// staged per file like the file's rows: a file's entries join the batch's once it is stored (a
/// failed file empties the batch: <see cref="Clear"/>), and a document removed in the batch
/// (replaced, re-extracted) takes its entries along, so no entry outlives its mention.
/// </summary>
internal sealed class BatchTextEntries
{
    private readonly Dictionary<int, List<IndexedText>> _byDocument = [];
    private readonly List<(int Document, List<IndexedText> Entries)> _fileAdded = [];
    private readonly List<int> _fileRemoved = [];

    /// <summary>A list the current file's writer fills with the entries of <paramref name="documentId"/>'s mentions.</summary>
    public List<IndexedText> ForDocument(int documentId)
    {
        var entries = new List<IndexedText>();
        _fileAdded.Add((documentId, entries));
        return entries;
    }

    /// <summary>The current file removes a document's mentions: its entries not yet written go too.</summary>
    public void RemoveDocument(int documentId) => _fileRemoved.Add(documentId);

    /// <summary>Ends the current file, stored: its entries join the batch's, and the documents it removed take theirs along.</summary>
    public void EndFile()
    {
        // Removals first: a re-extracted document removes its old entries and adds new ones under the same id.
        foreach (var document in _fileRemoved)
        {
            _byDocument.Remove(document);
        }
        foreach (var (document, entries) in _fileAdded)
        {
            if (_byDocument.TryGetValue(document, out var held))
            {
                held.AddRange(entries);
            }
            else
            {
                _byDocument[document] = entries;
            }
        }
        _fileAdded.Clear();
        _fileRemoved.Clear();
    }

    /// <summary>Forgets every entry held, the current file's too (the batch's transaction was rolled back; its files are stored again).</summary>
    public void Clear()
    {
        _byDocument.Clear();
        _fileAdded.Clear();
        _fileRemoved.Clear();
    }

    /// <summary>Every entry held, in id order, and forgets them (the batch writes them at its commit).</summary>
    public List<IndexedText> Drain()
    {
        var all = _byDocument.Values.SelectMany(e => e).OrderBy(e => e.Id).ToList();
        _byDocument.Clear();
        return all;
    }
}
