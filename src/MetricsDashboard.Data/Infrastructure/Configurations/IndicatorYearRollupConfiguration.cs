using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Infrastructure.Configurations;

internal sealed class IndicatorYearRollupConfiguration : IEntityTypeConfiguration<IndicatorYearRollup>
{
    public void Configure(EntityTypeBuilder<IndicatorYearRollup> builder)
    {
        builder.ToTable("IndicatorYearRollups");
        builder.HasKey(r => new { r.Year, r.District, r.Sector, r.Metric, r.Unit, r.Counter, r.Kind });
        // No secondary index: the table is small enough that a scan beats index lookups (measured).
    }
}
