using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetricsDashboard.Data.Infrastructure.Migrations
{
    /// <summary>
    /// <c>AreaMonthCounts</c> (see <see cref="Infrastructure.AreaMonthCounts"/>): each area with the
    /// areas below it by month, for the chart by month under an area filter; filled here from the
    /// month rollups. No model change: EF never maps it. Other providers group the rollups.
    /// </summary>
    public partial class AreaMonthCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql(Infrastructure.AreaMonthCounts.CreateSql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql(Infrastructure.AreaMonthCounts.DropSql);
            }
        }
    }
}
