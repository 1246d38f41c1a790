using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetricsDashboard.Data.Infrastructure.Migrations
{
    /// <summary>
    /// <c>AreaArticles</c> (see <see cref="Infrastructure.AreaArticles"/>): the articles of each area
    /// and the areas above it, for the overview's distinct counts under an area filter; filled here
    /// from the stored figures. No model change: EF never maps it. Other providers count from the rows.
    /// </summary>
    public partial class AreaArticles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql(Infrastructure.AreaArticles.CreateSql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql(Infrastructure.AreaArticles.DropSql);
            }
        }
    }
}
