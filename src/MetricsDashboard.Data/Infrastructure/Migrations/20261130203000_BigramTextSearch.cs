using MetricsDashboard.Data.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetricsDashboard.Data.Infrastructure.Migrations
{
    /// <summary>
    /// The SQLite text-search index: a contentless FTS5 table of the bigrams of each indicator's
    /// label and sentence, and the trigger that removes an indicator's entry with it. No model
    /// change: EF never maps it. Rows stored before this migration are indexed at start-up
    /// (<see cref="SearchIndexBackfill"/>), since SQL cannot cut text into bigram tokens. Other
    /// providers get their own index later; until then they scan.
    /// </summary>
    public partial class BigramTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql(SqliteBigramIndex.CreateSql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql(SqliteBigramIndex.DropSql);
            }
        }
    }
}
