using System.Data.Common;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Reference;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Facts;

/// <summary>
/// Keeps facts current inside a file's import transaction: the facts of a document's mentions
/// before they are removed, the new mentions grouped and joined to stored facts, and every
/// touched fact recomputed from the mentions it has left (deleted when it has none).
/// </summary>
internal static class FactLedger
{
    /// <summary>The facts the mentions of a document belong to (read before removing them).</summary>
    public static async Task<List<long>> FactsOfDocumentAsync(DbConnection connection, DbTransaction transaction, int documentId, CancellationToken ct)
    {
        await using var command = Command(connection, transaction,
            "SELECT DISTINCT \"FactId\" FROM \"Indicators\" WHERE \"DocumentId\" = @id AND \"FactId\" IS NOT NULL", ("@id", documentId));
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    /// <summary>
    /// Groups a document's mentions, before they are written, into facts: joins the stored facts
    /// that report the same figure and inserts the new ones, so that each mention is written once,
    /// already linked. After writing, <see cref="FactAssignment.Recompute"/> goes to <see cref="RefreshAsync"/>.
    /// </summary>
    /// <param name="connection">The import's connection.</param>
    /// <param name="transaction">The file's transaction.</param>
    /// <param name="rows">The document's mentions in text order, with the ids they will be written with.</param>
    /// <param name="measures">The catalogue labels map to.</param>
    /// <param name="ct">Cancels.</param>
    public static async Task<FactAssignment> AssignDocumentAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<MentionRow> rows,
        MeasureCatalog measures, CancellationToken ct)
    {
        var assignment = new FactAssignment();
        if (rows.Count == 0)
        {
            return assignment;
        }
        var totalOf = rows.Where(r => r.PartOfIndicatorId is not null).ToDictionary(r => r.Id, r => r.PartOfIndicatorId!.Value);
        var groups = FactGrouper.GroupDocument(rows.Select(r => r.ToMention()).ToList(), totalOf);
        var byId = rows.ToDictionary(r => r.Id);
        // Stored facts first, in one prepared lookup; what their rollup rows hold of them is read before they change.
        var stored = new long?[groups.Count];
        await using (var lookup = PrepareLookup(connection, transaction))
        {
            for (var g = 0; g < groups.Count; g++)
            {
                var reading = groups[g].Reading;
                stored[g] = reading.MayMatchAcrossArticles && !reading.StandsAlone ? await FindStoredAsync(lookup, reading, ct) : null;
            }
        }
        assignment.StoredBefore = await FactRollups.StatesOfAsync(connection, transaction, stored.OfType<long>(), ct);
        // A new fact's mentions are all in this document: its reading is computed here. Only the
        // stored facts it joined (and a part whose total comes later, which the extractor never
        // emits) are recomputed from the database once the mentions are written.
        using var table = new FactTable(connection, transaction);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var existing = stored[g];
            long factId;
            if (existing is long id)
            {
                factId = id;
                assignment.Recompute.Add(id);
            }
            else
            {
                var mentions = group.Members.Select(m => byId[m.Mention.Id]).ToList();
                var fact = FactTable.Blank(0);
                FactReading.Apply(fact, mentions, m => assignment.Of.TryGetValue(m, out var f) ? f.FactId : null, measures);
                factId = fact.Id = table.Insert(fact);
                assignment.Made.Add(fact);
                if (fact.TotalFactId is null && mentions.Any(m => m.PartOfIndicatorId is not null))
                {
                    assignment.Recompute.Add(factId);
                }
            }
            foreach (var (mention, reason) in group.Members)
            {
                assignment.Of[mention.Id] = (factId, existing is not null && reason == MergeReason.FirstReport ? MergeReason.CrossArticle : reason);
            }
            assignment.Touched.Add(factId);
        }
        return assignment;
    }

    /// <summary>Recomputes the given facts from their mentions; a fact left without any is deleted.</summary>
    public static async Task RefreshAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<long> factIds, MeasureCatalog measures, CancellationToken ct)
    {
        if (factIds.Count == 0)
        {
            return;
        }
        var rows = await ReadRowsAsync(connection, transaction, $"WHERE i.\"FactId\" IN ({SqlDialect.IdList(factIds)})", null, ct);
        var totals = await FactsOfMentionsAsync(connection, transaction, rows.Where(r => r.PartOfIndicatorId is not null).Select(r => r.PartOfIndicatorId!.Value), ct);
        var byFact = rows.GroupBy(r => r.FactId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        using var table = new FactTable(connection, transaction);
        foreach (var id in factIds)
        {
            if (!byFact.TryGetValue(id, out var mentions))
            {
                table.Delete(id);
                continue;
            }
            var fact = FactTable.Blank(id);
            FactReading.Apply(fact, mentions, m => totals.TryGetValue(m, out var f) ? f : null, measures);
            table.Update(fact);
        }
    }

    private static DbCommand PrepareLookup(DbConnection connection, DbTransaction transaction)
    {
        // A fact of a mention a reviewer split off stands alone: no other document joins it.
        var command = Command(connection, transaction,
            "SELECT f.\"Id\", f.\"Counter\", f.\"Kind\", f.\"District\", f.\"Value\" FROM \"Facts\" f " +
            "WHERE f.\"Metric\" = @metric AND f.\"Unit\" = @unit AND f.\"Period\" = @period AND f.\"Value\" BETWEEN @low AND @high " +
            $"AND NOT EXISTS (SELECT 1 FROM \"Indicators\" s WHERE s.\"FactId\" = f.\"Id\" AND s.\"ReviewStatus\" = '{Review.ReviewStatuses.Split}') ORDER BY f.\"Id\"",
            ("@metric", ""), ("@unit", ""), ("@period", ""), ("@low", 0.0), ("@high", 0.0));
        SqlDialect.For(connection).Prepare(command);
        return command;
    }

    // A stored fact with the reading of the mention and a value within 0.5%. Facts made by this
    // same import do not exist yet when this runs: the grouper has already decided about those.
    private static async Task<long?> FindStoredAsync(DbCommand lookup, FactMention reading, CancellationToken ct)
    {
        var spread = Math.Abs(reading.Value) * FactMention.Tolerance / (1 - FactMention.Tolerance);
        lookup.Parameters["@metric"].Value = reading.Metric;
        lookup.Parameters["@unit"].Value = reading.Unit.ToWire();
        lookup.Parameters["@period"].Value = reading.Period!;
        lookup.Parameters["@low"].Value = reading.Value - spread;
        lookup.Parameters["@high"].Value = reading.Value + spread;
        await using var reader = await lookup.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if ((reader.IsDBNull(1) ? null : reader.GetString(1)) == reading.Counter
                && reader.GetString(2) == reading.Kind.ToWire()
                && (reader.IsDBNull(3) ? null : reader.GetString(3)) == reading.District
                && FactMention.SameValue(reader.GetDouble(4), reading.Value))
            {
                return reader.GetInt64(0);
            }
        }
        return null;
    }

    private static async Task<Dictionary<long, long>> FactsOfMentionsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<long> mentionIds, CancellationToken ct)
    {
        var ids = mentionIds.Distinct().ToList();
        var result = new Dictionary<long, long>();
        if (ids.Count == 0)
        {
            return result;
        }
        await using var command = Command(connection, transaction,
            $"SELECT \"Id\", \"FactId\" FROM \"Indicators\" WHERE \"FactId\" IS NOT NULL AND \"Id\" IN ({SqlDialect.IdList(ids)})");
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result[reader.GetInt64(0)] = reader.GetInt64(1);
        }
        return result;
    }

    internal static async Task<List<MentionRow>> ReadRowsAsync(DbConnection connection, DbTransaction? transaction, string where, (string Name, object Value)? parameter, CancellationToken ct)
    {
        await using var command = parameter is { } p
            ? Command(connection, transaction, $"SELECT {MentionRow.SelectColumns} FROM \"Indicators\" i {where}", p)
            : Command(connection, transaction, $"SELECT {MentionRow.SelectColumns} FROM \"Indicators\" i {where}");
        var rows = new List<MentionRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(MentionRow.Read(reader));
        }
        return rows;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        return SqlDialect.Command(connection, transaction, sql, parameters.Select(p => (p.Name, (object?)p.Value)).ToArray());
    }
}
