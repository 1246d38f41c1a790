using MetricsDashboard.Data.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetricsDashboard.Data.Infrastructure.PostgresMigrations
{
    /// <summary>
    /// The PostgreSQL text-search index (<see cref="PostgresBigramIndex"/>): a generated tsvector
    /// column of each indicator's label and sentence bigrams, filled for existing rows as it is
    /// added, and its GIN index. No model change: EF never maps the column.
    /// </summary>
    public partial class BigramTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresBigramIndex.CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresBigramIndex.DropSql);
        }
    }
}
