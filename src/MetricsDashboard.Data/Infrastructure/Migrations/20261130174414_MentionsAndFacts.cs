using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetricsDashboard.Data.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MentionsAndFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FactId",
                table: "Indicators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Form",
                table: "Indicators",
                type: "TEXT",
                nullable: false,
                defaultValue: "amount");

            migrationBuilder.AddColumn<bool>(
                name: "InHeadline",
                table: "Indicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "MergeReason",
                table: "Indicators",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PartOfIndicatorId",
                table: "Indicators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FactDistrictRollups",
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
                    table.PrimaryKey("PK_FactDistrictRollups", x => new { x.Year, x.District, x.Sector, x.Metric, x.Unit, x.Counter, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "FactPeriodRollups",
                columns: table => new
                {
                    Year = table.Column<string>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", nullable: false),
                    Metric = table.Column<string>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", nullable: false),
                    Counter = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    PeriodGrain = table.Column<string>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Sum = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactPeriodRollups", x => new { x.Year, x.Period, x.Sector, x.Metric, x.Unit, x.Counter, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "Facts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Metric = table.Column<string>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", nullable: false),
                    Counter = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    District = table.Column<string>(type: "TEXT", nullable: true),
                    Sector = table.Column<string>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodGrain = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    ValueMax = table.Column<double>(type: "REAL", nullable: true),
                    Qualifier = table.Column<string>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: false),
                    MeasureKey = table.Column<string>(type: "TEXT", nullable: true),
                    IsAmount = table.Column<bool>(type: "INTEGER", nullable: false),
                    TotalFactId = table.Column<long>(type: "INTEGER", nullable: true),
                    IsSummable = table.Column<bool>(type: "INTEGER", nullable: false),
                    RepresentativeIndicatorId = table.Column<long>(type: "INTEGER", nullable: false),
                    MentionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Facts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Facts_Facts_TotalFactId",
                        column: x => x.TotalFactId,
                        principalTable: "Facts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_FactId",
                table: "Indicators",
                column: "FactId");

            migrationBuilder.CreateIndex(
                name: "IX_Facts_District_Cover",
                table: "Facts",
                columns: new[] { "District", "Kind", "IsSummable", "Unit", "Counter", "Metric", "Sector", "PublishedOn", "Value", "Period", "PeriodGrain" });

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Kind_Cover",
                table: "Facts",
                columns: new[] { "Kind", "IsSummable", "Unit", "Counter", "District", "Metric", "Sector", "PublishedOn", "Value", "Period", "PeriodGrain" });

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Match",
                table: "Facts",
                columns: new[] { "Metric", "Unit", "Period", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Measure",
                table: "Facts",
                columns: new[] { "MeasureKey", "District", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_Facts_TotalFactId",
                table: "Facts",
                column: "TotalFactId");

            migrationBuilder.AddForeignKey(
                name: "FK_Indicators_Facts_FactId",
                table: "Indicators",
                column: "FactId",
                principalTable: "Facts",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Indicators_Facts_FactId",
                table: "Indicators");

            migrationBuilder.DropTable(
                name: "FactDistrictRollups");

            migrationBuilder.DropTable(
                name: "FactPeriodRollups");

            migrationBuilder.DropTable(
                name: "Facts");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_FactId",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "FactId",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "Form",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "InHeadline",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "MergeReason",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "PartOfIndicatorId",
                table: "Indicators");
        }
    }
}
