using MetricsDashboard.Data.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetricsDashboard.Data.Infrastructure.Migrations
{
    /// <summary>
    /// The SQLite text index gains an end token per column (<see cref="Bigrams.Tokens"/>), so that
    /// one-character terms are answered by it: the table is emptied (dropped and created again) and
    /// refilled at start-up by <see cref="SearchIndexBackfill"/>, as for a database older than it.
    /// </summary>
    public partial class TextSearchEndTokens : Migration
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
            // Nothing to undo: the earlier code's phrase queries answer the same over the end tokens
            // (no term of its holds the end mark), and it scans one-character terms.
        }
    }
}
