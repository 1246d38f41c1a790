using System.Data.Common;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Reference;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Facts;

/// <summary>
/// Groups every mention without a fact into facts in one pass: databases upgraded from before facts
/// existed, and bulk loads. Same rules as an import (document by document, the same figure across
/// documents joining), but matched in memory so that a million mentions take seconds, not an hour.
/// Mentions are only matched against facts made by this pass.
/// </summary>
internal static class FactBackfill
{
    /// <summary>Builds the missing facts inside <paramref name="transaction"/>; returns how many facts it made.</summary>
    public static int Run(DbConnection connection, DbTransaction transaction, MeasureCatalog measures)
    {
        var facts = new List<List<MentionRow>>();
        var factOfMention = new Dictionary<long, int>();
        // A dated reading → the facts of this pass with it and their values, for cross-document matches.
        var dated = new Dictionary<ReadingKey, List<(int Index, double Value)>>();
        var reasons = new Dictionary<long, string>();
        foreach (var document in ReadByDocument(connection, transaction))
        {
            var totalOf = document.Where(r => r.PartOfIndicatorId is not null).ToDictionary(r => r.Id, r => r.PartOfIndicatorId!.Value);
            var byId = document.ToDictionary(r => r.Id);
            foreach (var group in FactGrouper.GroupDocument(document.Select(r => r.ToMention()).ToList(), totalOf))
            {
                var reading = group.Reading;
                // A mention a reviewer split off stands alone: it neither joins nor is joined across documents.
                var acrossDocuments = reading.MayMatchAcrossArticles && !reading.StandsAlone;
                var index = !acrossDocuments ? -1 : FindDated(dated, reading);
                var joined = index >= 0;
                if (!joined)
                {
                    index = facts.Count;
                    facts.Add([]);
                    if (acrossDocuments)
                    {
                        var key = ReadingKey.Of(reading);
                        if (!dated.TryGetValue(key, out var list))
                        {
                            dated[key] = list = [];
                        }
                        list.Add((index, reading.Value));
                    }
                }
                foreach (var (mention, reason) in group.Members)
                {
                    facts[index].Add(byId[mention.Id]);
                    factOfMention[mention.Id] = index;
                    reasons[mention.Id] = joined && reason == MergeReason.FirstReport ? MergeReason.CrossArticle : reason;
                }
            }
        }
        if (facts.Count == 0)
        {
            return 0;
        }

        // Building an index once over a million sorted keys beats updating it a million times.
        var indexes = facts.Count >= BulkIndexThreshold ? DropIndexes(connection, transaction) : [];
        var firstId = NextFactId(connection, transaction);
        long? TotalFactOf(long mentionId) => factOfMention.TryGetValue(mentionId, out var i) ? firstId + i : null;
        var withTotals = new List<Model.Fact>();
        using (var table = new FactTable(connection, transaction))
        {
            for (var i = 0; i < facts.Count; i++)
            {
                var fact = FactTable.Blank(firstId + i);
                FactReading.Apply(fact, facts[i], TotalFactOf, measures);
                if (fact.TotalFactId is not null)
                {
                    // Inserted without its total first: the total may come later in this pass.
                    withTotals.Add(fact);
                    var total = fact.TotalFactId;
                    (fact.TotalFactId, fact.IsSummable) = (null, fact.IsAmount);
                    table.Insert(fact);
                    (fact.TotalFactId, fact.IsSummable) = (total, false);
                }
                else
                {
                    table.Insert(fact);
                }
                foreach (var mention in facts[i])
                {
                    table.Assign(mention.Id, fact.Id, reasons[mention.Id]);
                }
            }
            foreach (var fact in withTotals)
            {
                table.Update(fact);
            }
        }
        foreach (var (_, sql) in indexes)
        {
            Execute(connection, transaction, sql + ";");
        }
        FactRollups.RebuildAll(connection, transaction);
        return facts.Count;
    }

    private static int FindDated(Dictionary<ReadingKey, List<(int Index, double Value)>> dated, FactMention reading)
    {
        if (dated.TryGetValue(ReadingKey.Of(reading), out var candidates))
        {
            foreach (var (index, value) in candidates)
            {
                if (FactMention.SameValue(value, reading.Value))
                {
                    return index;
                }
            }
        }
        return -1;
    }

    private readonly record struct ReadingKey(string Metric, CanonicalUnit Unit, string? Counter, IndicatorKind Kind, string? District, string? Period)
    {
        public static ReadingKey Of(FactMention m) => new(m.Metric, m.Unit, m.Counter, m.Kind, m.District, m.Period);
    }

    // The mentions without a fact, one document at a time, in text order.
    private static IEnumerable<List<MentionRow>> ReadByDocument(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {MentionRow.SelectColumns} FROM \"Indicators\" i WHERE i.\"FactId\" IS NULL ORDER BY i.\"DocumentId\", i.\"Start\", i.\"Id\"";
        using var reader = command.ExecuteReader();
        var document = new List<MentionRow>();
        while (reader.Read())
        {
            var row = MentionRow.Read(reader);
            if (document.Count > 0 && document[0].DocumentId != row.DocumentId)
            {
                yield return document;
                document = [];
            }
            document.Add(row);
        }
        if (document.Count > 0)
        {
            yield return document;
        }
    }

    /// <summary>From this many new facts on, the indexes of Facts (and the mentions' fact index) are dropped and built again.</summary>
    private const int BulkIndexThreshold = 50_000;

    private static List<(string Name, string Sql)> DropIndexes(DbConnection connection, DbTransaction transaction)
    {
        var indexes = new List<(string, string)>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = SqlDialect.For(connection).IndexDefinitionsSql("Facts", "IX_Indicators_FactId");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        foreach (var (name, _) in indexes)
        {
            Execute(connection, transaction, $"DROP INDEX \"{name}\";");
        }
        return indexes;
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long NextFactId(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"Facts\"";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
