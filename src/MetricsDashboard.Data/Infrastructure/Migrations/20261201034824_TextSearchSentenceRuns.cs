using MetricsDashboard.Data.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetricsDashboard.Data.Infrastructure.Migrations
{
    /// <summary>
    /// The SQLite text index holds a sentence once for the run of figures it gives, with the runs in
    /// <c>IndicatorSentenceRuns</c> (<see cref="SqliteBigramWriter"/>): the index is dropped, created
    /// again with that table and refilled at start-up by <see cref="SearchIndexBackfill"/>.
    /// </summary>
    public partial class TextSearchSentenceRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql(SqliteBigramIndex.DropSql);
                migrationBuilder.Sql(SqliteBigramIndex.CreateSql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
            {
                // The earlier index: one row per figure with its whole sentence, refilled at start-up.
                migrationBuilder.Sql(SqliteBigramIndex.DropSql);
                migrationBuilder.Sql(
                    "CREATE VIRTUAL TABLE \"IndicatorSearch\" USING fts5(\"Label\", \"Sentence\", content='', contentless_delete=1, tokenize='ascii');" +
                    "CREATE TRIGGER \"Indicators_SearchDelete\" AFTER DELETE ON \"Indicators\" BEGIN DELETE FROM \"IndicatorSearch\" WHERE rowid = old.\"Id\"; END;");
            }
        }
    }
}
