using System.Data.Common;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Infrastructure.Conversions;
using MetricsDashboard.Data.Reference;
using MetricsDashboard.Extraction.Model;
using Microsoft.Data.Sqlite;

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
    /// already linked. After writing, the assignment goes to <see cref="RefreshAssignedAsync"/>.
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
        var t = Import.ImportPhaseTimer.Start();
        var totalOf = rows.Where(r => r.PartOfIndicatorId is not null).ToDictionary(r => r.Id, r => r.PartOfIndicatorId!.Value);
        var groups = FactGrouper.GroupDocument(rows.Select(r => r.ToMention()).ToList(), totalOf);
        var byId = rows.ToDictionary(r => r.Id);
        Import.ImportPhaseTimer.Lap(Import.ImportPhaseTimer.Phase.FactGrouping, ref t);
        // Stored facts first, in one prepared lookup; what their rollup rows hold of them is read before they change.
        var stored = new long?[groups.Count];
        if (connection is SqliteConnection sqlite)
        {
            // Bound by position on the connection's handle (SqliteRowStatement): a look-up per figure.
            using var lookup = new SqliteRowStatement(sqlite, LookupSql);
            for (var g = 0; g < groups.Count; g++)
            {
                var reading = groups[g].Reading;
                stored[g] = reading.MayMatchAcrossArticles && !reading.StandsAlone ? FindStored(lookup, reading) : null;
            }
        }
        else
        {
            await using var lookup = PrepareLookup(connection, transaction);
            for (var g = 0; g < groups.Count; g++)
            {
                var reading = groups[g].Reading;
                stored[g] = reading.MayMatchAcrossArticles && !reading.StandsAlone ? await FindStoredAsync(lookup, reading, ct) : null;
            }
        }
        assignment.StoredBefore = await FactRollups.StatesOfAsync(connection, transaction, stored.OfType<long>(), ct);
        Import.ImportPhaseTimer.Lap(Import.ImportPhaseTimer.Phase.FactLookup, ref t);
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
                if (!assignment.Joined.TryGetValue(id, out var joined))
                {
                    assignment.Joined[id] = joined = [];
                }
                joined.AddRange(group.Members.Select(m => byId[m.Mention.Id]));
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
        Import.ImportPhaseTimer.Lap(Import.ImportPhaseTimer.Phase.FactInsert, ref t);
        return assignment;
    }

    /// <summary>
    /// After a document's mentions are written: brings the facts of <see cref="FactAssignment.Recompute"/>
    /// up to date. A stored fact the document joined only gained mentions, so it is updated from what
    /// it said and the mentions it gained — count, earliest date, measure, total — unless a new
    /// mention becomes its representative; then, as for the other facts, it is recomputed from all
    /// its mentions. Recomputing read every mention of the fact, and a figure repeated in many
    /// documents made the import quadratic (a third of its time at 2,500 files).
    /// </summary>
    public static async Task RefreshAssignedAsync(DbConnection connection, DbTransaction transaction, FactAssignment assignment, MeasureCatalog measures, CancellationToken ct)
    {
        var recompute = assignment.Recompute.Where(id => !assignment.Joined.ContainsKey(id)).ToList();
        if (assignment.Joined.Count > 0)
        {
            var stored = await ReadJoinedAsync(connection, transaction, assignment.Joined.Keys, ct);
            var dialect = SqlDialect.For(connection);
            await using var update = Command(connection, transaction,
                "UPDATE \"Facts\" SET \"MentionCount\" = @count, \"PublishedOn\" = @published, \"MeasureKey\" = @measure, \"TotalFactId\" = @total, \"IsSummable\" = @summable WHERE \"Id\" = @id",
                ("@count", 0), ("@published", DBNull.Value), ("@measure", DBNull.Value), ("@total", DBNull.Value), ("@summable", false), ("@id", 0L));
            // Usually only the count changes: a column that no index holds, where setting the others
            // rewrites their entries in four indexes even when the values stay.
            await using var count = Command(connection, transaction, "UPDATE \"Facts\" SET \"MentionCount\" = @count WHERE \"Id\" = @id", ("@count", 0), ("@id", 0L));
            foreach (var (id, gained) in assignment.Joined)
            {
                var first = gained.MinBy(RepresentativeKey.Of, RepresentativeKey.Comparer)!;
                if (!stored.TryGetValue(id, out var fact) || RepresentativeKey.Comparer.Compare(RepresentativeKey.Of(first), fact.Representative) < 0)
                {
                    recompute.Add(id);
                    continue;
                }
                // The same rules as FactReading.Apply over all mentions, the representative unchanged.
                // Mentions are read in id order there, and the new ones have the largest ids.
                var published = gained.Where(m => m.PublishedOn is not null).Select(m => m.PublishedOn).Append(fact.PublishedOn).Min();
                var measure = fact.MeasureKey ?? gained.OrderBy(m => m.Id).Select(m => measures.Match(m.Label, fact.Metric, fact.Unit)).FirstOrDefault(m => m is not null)?.Key;
                var total = gained
                    .Where(m => m.PartOfIndicatorId is not null)
                    .Select(m => assignment.Of.TryGetValue(m.PartOfIndicatorId!.Value, out var t) ? t.FactId : (long?)null)
                    .Where(t => t is not null && t != id)
                    .Append(fact.TotalFactId)
                    .Min();
                if (published == fact.PublishedOn && measure == fact.MeasureKey && total == fact.TotalFactId)
                {
                    count.Parameters[0].Value = fact.MentionCount + gained.Count;
                    count.Parameters[1].Value = id;
                    await count.ExecuteNonQueryAsync(ct);
                    continue;
                }
                update.Parameters[0].Value = fact.MentionCount + gained.Count;
                update.Parameters[1].Value = dialect.Date(published);
                update.Parameters[2].Value = (object?)measure ?? DBNull.Value;
                update.Parameters[3].Value = (object?)total ?? DBNull.Value;
                update.Parameters[4].Value = fact.IsAmount && total is null;
                update.Parameters[5].Value = id;
                await update.ExecuteNonQueryAsync(ct);
            }
        }
        await RefreshAsync(connection, transaction, recompute, measures, ct);
    }

    // What a joined fact says that its new mentions can change, and where its representative stands.
    private sealed record JoinedFact(string Metric, CanonicalUnit Unit, string? MeasureKey, bool IsAmount, long? TotalFactId, int MentionCount, DateOnly? PublishedOn, RepresentativeKey Representative);

    private static async Task<Dictionary<long, JoinedFact>> ReadJoinedAsync(DbConnection connection, DbTransaction transaction, IEnumerable<long> factIds, CancellationToken ct)
    {
        await using var command = Command(connection, transaction,
            "SELECT f.\"Id\", f.\"Metric\", f.\"Unit\", f.\"MeasureKey\", f.\"IsAmount\", f.\"TotalFactId\", f.\"MentionCount\", f.\"PublishedOn\", " +
            "r.\"InHeadline\", r.\"PublishedOn\", r.\"DocumentId\", r.\"Start\" " +
            $"FROM \"Facts\" f JOIN \"Indicators\" r ON r.\"Id\" = f.\"RepresentativeIndicatorId\" WHERE f.\"Id\" IN ({SqlDialect.IdList(factIds)})");
        var facts = new Dictionary<long, JoinedFact>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            facts[reader.GetInt64(0)] = new JoinedFact(reader.GetString(1), WireNameConverter<CanonicalUnit>.Read(reader.GetString(2)), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetBoolean(4),
                reader.IsDBNull(5) ? null : reader.GetInt64(5), reader.GetInt32(6), SqlDialect.ReadDate(reader, 7),
                new RepresentativeKey(reader.GetBoolean(8), SqlDialect.ReadDate(reader, 9), reader.GetInt32(10), reader.GetInt32(11)));
        }
        return facts;
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

    // A fact of a mention a reviewer split off stands alone: no other document joins it. Such a
    // fact is made for that one mention (the grouper gives a split mention a figure of its own,
    // and this lookup never lets another join it), so it is its representative: one row read by
    // key, where asking for any split mention of the fact read all its mentions. The parameters in
    // this order (SqliteRowStatement binds them by position).
    private static readonly string LookupSql =
        "SELECT f.\"Id\", f.\"Counter\", f.\"Kind\", f.\"District\", f.\"Value\" FROM \"Facts\" f " +
        "WHERE f.\"Metric\" = @metric AND f.\"Unit\" = @unit AND f.\"Period\" = @period AND f.\"Value\" BETWEEN @low AND @high " +
        $"AND NOT EXISTS (SELECT 1 FROM \"Indicators\" s WHERE s.\"Id\" = f.\"RepresentativeIndicatorId\" AND s.\"ReviewStatus\" = '{Review.ReviewStatuses.Split}') ORDER BY f.\"Id\"";

    private static DbCommand PrepareLookup(DbConnection connection, DbTransaction transaction)
    {
        var command = Command(connection, transaction, LookupSql,
            ("@metric", ""), ("@unit", ""), ("@period", ""), ("@low", 0.0), ("@high", 0.0));
        SqlDialect.For(connection).Prepare(command);
        return command;
    }

    // FindStoredAsync on SQLite's handle: the same values bound, the same rows compared.
    private static long? FindStored(SqliteRowStatement lookup, FactMention reading)
    {
        var spread = Math.Abs(reading.Value) * FactMention.Tolerance / (1 - FactMention.Tolerance);
        lookup.Bind(0, reading.Metric);
        lookup.Bind(1, reading.Unit.ToWire());
        lookup.Bind(2, reading.Period!);
        lookup.Bind(3, reading.Value - spread);
        lookup.Bind(4, reading.Value + spread);
        while (lookup.Read())
        {
            if (lookup.Text(1) == reading.Counter
                && lookup.Text(2) == reading.Kind.ToWire()
                && lookup.Text(3) == reading.District
                && FactMention.SameValue(lookup.Double(4), reading.Value))
            {
                var id = lookup.Int64(0);
                lookup.Reset();
                return id;
            }
        }
        return null;
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
