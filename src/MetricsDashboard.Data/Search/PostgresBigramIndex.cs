using System.Data.Common;
using MetricsDashboard.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Search;

/// <summary>
/// PostgreSQL: a generated column <c>Indicators.SearchBigrams</c>, the set of the bigrams of the
/// label and sentence as a <c>tsvector</c> (each bigram as the hex of its UTF-8 bytes, so no parser
/// or dictionary folds or splits it), with a GIN index. A term of two or more characters selects
/// the rows holding all its bigrams (<c>&amp;</c>), then the substring test itself rechecks them:
/// exact by construction, whatever the order or count of the bigrams. The column is computed by
/// the server from the row, so every insert path fills it and the migration back-fills existing
/// rows; no writer has to remember it. One-character terms are scanned.
/// </summary>
internal sealed class PostgresBigramIndex : IIndicatorTextIndex
{
    /// <summary>
    /// The bigram functions, the generated column (filled for existing rows when added) and its
    /// GIN index. The functions are immutable (only <c>convert_to</c> to UTF-8, which does not
    /// depend on settings), as a generated column needs.
    /// </summary>
    public const string CreateSql = """
        CREATE FUNCTION metrics_bigrams(label text, sentence text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT array_to_tsvector(ARRAY(
            SELECT DISTINCT encode(convert_to(substr(t, i, 2), 'UTF8'), 'hex')
            FROM unnest(ARRAY[label, sentence]) AS t, generate_series(1, char_length(t) - 1) AS i))
        $$;
        CREATE FUNCTION metrics_bigram_query(term text) RETURNS tsquery
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT CASE WHEN char_length(term) < 2 THEN NULL ELSE
            (SELECT string_agg('''' || encode(convert_to(substr(term, i, 2), 'UTF8'), 'hex') || '''', ' & ')
             FROM generate_series(1, char_length(term) - 1) AS i)::tsquery END
        $$;
        ALTER TABLE "Indicators" ADD COLUMN "SearchBigrams" tsvector GENERATED ALWAYS AS (metrics_bigrams("Label", "Sentence")) STORED;
        CREATE INDEX "IX_Indicators_SearchBigrams" ON "Indicators" USING gin ("SearchBigrams");
        """;

    public const string DropSql = """
        DROP INDEX IF EXISTS "IX_Indicators_SearchBigrams";
        ALTER TABLE "Indicators" DROP COLUMN IF EXISTS "SearchBigrams";
        DROP FUNCTION IF EXISTS metrics_bigram_query(text);
        DROP FUNCTION IF EXISTS metrics_bigrams(text, text);
        """;

    /// <summary>The ids holding every bigram of the term {0} (from the index), rechecked by the substring test.</summary>
    public const string MatchingSql =
        "SELECT \"Id\" AS \"Value\" FROM \"Indicators\" WHERE \"SearchBigrams\" @@ metrics_bigram_query({0}) " +
        "AND (strpos(\"Label\", {0}) > 0 OR strpos(\"Sentence\", {0}) > 0)";

    public static readonly PostgresBigramIndex Instance = new();

    private PostgresBigramIndex()
    {
    }

    /// <inheritdoc />
    public IQueryable<long>? Matching(MetricsDbContext db, string term)
    {
        // Characters as the server counts them (code points): one is not a bigram.
        if (CodePoints(term) < Bigrams.MinimumTermLength)
        {
            return null;
        }
        return db.Database.SqlQueryRaw<long>(MatchingSql, term);
    }

    /// <inheritdoc />
    public async Task<int?> CountAsync(MetricsDbContext db, string term, CancellationToken ct) =>
        Matching(db, term) is { } matching ? await matching.CountAsync(ct) : null;

    /// <inheritdoc />
    /// <remarks>Nothing to write: the server computes the generated column on every insert.</remarks>
    public void Add(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<IndexedText> rows)
    {
    }

    private static int CodePoints(string term)
    {
        var count = 0;
        foreach (var _ in term.EnumerateRunes())
        {
            count++;
        }
        return count;
    }
}
