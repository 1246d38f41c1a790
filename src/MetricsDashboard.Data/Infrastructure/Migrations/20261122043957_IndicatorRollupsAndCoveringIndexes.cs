using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetricsDashboard.Data.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorRollupsAndCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_District_Sector",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_PublishedMonth",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_PublishedOn",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Sector_District",
                table: "Indicators");

            migrationBuilder.CreateTable(
                name: "IndicatorRollups",
                columns: table => new
                {
                    Month = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_IndicatorRollups", x => new { x.Month, x.District, x.Sector, x.Metric, x.Unit, x.Counter, x.Kind });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_District_Cover",
                table: "Indicators",
                columns: new[] { "District", "Sector", "Metric", "Unit", "Kind", "PublishedOn", "DocumentId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_PublishedOn_Cover",
                table: "Indicators",
                columns: new[] { "PublishedOn", "District", "Sector", "Metric", "Unit", "Kind", "DocumentId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Sector",
                table: "Indicators",
                column: "Sector");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorRollups_District_Sector_Month",
                table: "IndicatorRollups",
                columns: new[] { "District", "Sector", "Month" });

            // Existing databases get their rollups from the indicators they already hold.
            migrationBuilder.Sql(
                "INSERT INTO \"IndicatorRollups\" (\"Month\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\", \"Max\") " +
                "SELECT COALESCE(\"PublishedMonth\", ''), COALESCE(\"District\", ''), \"Sector\", \"Metric\", \"Unit\", COALESCE(\"Counter\", ''), \"Kind\", COUNT(*), SUM(\"Value\"), MAX(\"Value\") " +
                "FROM \"Indicators\" GROUP BY 1, 2, 3, 4, 5, 6, 7;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorRollups");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_District_Cover",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_PublishedOn_Cover",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Sector",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_District_Sector",
                table: "Indicators",
                columns: new[] { "District", "Sector" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_PublishedMonth",
                table: "Indicators",
                column: "PublishedMonth");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_PublishedOn",
                table: "Indicators",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Sector_District",
                table: "Indicators",
                columns: new[] { "Sector", "District" });
        }
    }
}
