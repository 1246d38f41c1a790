using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetricsDashboard.Data.Infrastructure.PostgresMigrations
{
    /// <inheritdoc />
    public partial class MeasureSeriesCover : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Facts_Measure_Cover",
                table: "Facts",
                columns: new[] { "MeasureKey", "Kind", "District", "Period", "PeriodGrain", "Unit", "Counter", "IsAmount", "PublishedOn", "Sector", "Value", "Id", "TotalFactId" },
                filter: "\"MeasureKey\" IS NOT NULL AND \"Period\" IS NOT NULL AND \"TotalFactId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Facts_Measure_Cover",
                table: "Facts");
        }
    }
}
