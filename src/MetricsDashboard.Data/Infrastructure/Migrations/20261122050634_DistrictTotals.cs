using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetricsDashboard.Data.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DistrictTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorDistrictTotals",
                columns: table => new
                {
                    District = table.Column<string>(type: "TEXT", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", nullable: false),
                    Metric = table.Column<string>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", nullable: false),
                    Counter = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Sum = table.Column<double>(type: "REAL", nullable: false),
                    Max = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorDistrictTotals", x => new { x.District, x.Sector, x.Metric, x.Unit, x.Counter, x.Kind });
                });

            // Filled from the year rollups that the previous migration filled.
            migrationBuilder.Sql(
                "INSERT INTO \"IndicatorDistrictTotals\" (\"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\", \"Max\") " +
                "SELECT \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", SUM(\"Count\"), SUM(\"Sum\"), MAX(\"Max\") FROM \"IndicatorYearRollups\" GROUP BY 1, 2, 3, 4, 5, 6;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorDistrictTotals");
        }
    }
}
