using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetricsDashboard.Data.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class YearRollupsMonthTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_PublishedOn_Cover",
                table: "Indicators");

            migrationBuilder.CreateTable(
                name: "IndicatorMonthTotals",
                columns: table => new
                {
                    Month = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_IndicatorMonthTotals", x => new { x.Month, x.Sector, x.Metric, x.Unit, x.Counter, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "IndicatorYearRollups",
                columns: table => new
                {
                    Year = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_IndicatorYearRollups", x => new { x.Year, x.District, x.Sector, x.Metric, x.Unit, x.Counter, x.Kind });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_PublishedOn",
                table: "Indicators",
                column: "PublishedOn");

            // Filled from the month rollups that the previous migration filled from the indicators.
            migrationBuilder.Sql(
                "INSERT INTO \"IndicatorMonthTotals\" (\"Month\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\", \"Max\") " +
                "SELECT \"Month\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", SUM(\"Count\"), SUM(\"Sum\"), MAX(\"Max\") FROM \"IndicatorRollups\" GROUP BY 1, 2, 3, 4, 5, 6;");
            migrationBuilder.Sql(
                "INSERT INTO \"IndicatorYearRollups\" (\"Year\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\", \"Max\") " +
                "SELECT substr(\"Month\", 1, 4), \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", SUM(\"Count\"), SUM(\"Sum\"), MAX(\"Max\") FROM \"IndicatorRollups\" GROUP BY 1, 2, 3, 4, 5, 6, 7;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorMonthTotals");

            migrationBuilder.DropTable(
                name: "IndicatorYearRollups");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_PublishedOn",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_PublishedOn_Cover",
                table: "Indicators",
                columns: new[] { "PublishedOn", "District", "Sector", "Metric", "Unit", "Kind", "DocumentId", "ArticleId" });
        }
    }
}
