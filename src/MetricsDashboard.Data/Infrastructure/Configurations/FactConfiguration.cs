using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Infrastructure.Configurations;

internal sealed class FactConfiguration : IEntityTypeConfiguration<Fact>
{
    public void Configure(EntityTypeBuilder<Fact> builder)
    {
        builder.ToTable("Facts");
        builder.HasKey(f => f.Id);
        builder.HasOne<Fact>().WithMany().HasForeignKey(f => f.TotalFactId).OnDelete(DeleteBehavior.SetNull);

        // Match: an import looks up the facts a new mention may repeat (same metric, unit, period, value ±0.5%).
        builder.HasIndex(f => new { f.Metric, f.Unit, f.Period, f.Value }, "IX_Facts_Match");
        // Sums by area (and the area filter) read index entries only: every column they filter,
        // group or add is in the index.
        builder.HasIndex(f => new { f.District, f.Kind, f.IsSummable, f.Unit, f.Counter, f.Metric, f.Sector, f.PublishedOn, f.Value, f.Period, f.PeriodGrain }, "IX_Facts_District_Cover");
        // Sums without an area filter: led by kind, the filter every sum has (actual by default).
        builder.HasIndex(f => new { f.Kind, f.IsSummable, f.Unit, f.Counter, f.District, f.Metric, f.Sector, f.PublishedOn, f.Value, f.Period, f.PeriodGrain }, "IX_Facts_Kind_Cover");
        // Counting the facts of each measure (the measure picker) reads this narrow index.
        builder.HasIndex(f => new { f.MeasureKey, f.District, f.Period }, "IX_Facts_Measure");
        // A measure's series (the overview's values) reads index entries only: the measure and kind it
        // always filters on lead, then every column it groups, filters on by default or reads. Only the
        // facts a series can show are in it (a named measure, a period, no part of a total: an eighth of
        // them); the last column is there because SQLite counts an index as covering only when it holds
        // every column the query names. The picker's counts of all facts per measure cannot use it and
        // read the narrow IX_Facts_Measure (2-3× faster than this wider one).
        builder.HasIndex(f => new { f.MeasureKey, f.Kind, f.District, f.Period, f.PeriodGrain, f.Unit, f.Counter, f.IsAmount, f.PublishedOn, f.Sector, f.Value, f.Id, f.TotalFactId }, "IX_Facts_Measure_Cover")
            .HasFilter("\"MeasureKey\" IS NOT NULL AND \"Period\" IS NOT NULL AND \"TotalFactId\" IS NULL");
        builder.HasIndex(f => f.TotalFactId, "IX_Facts_TotalFactId");
    }
}
