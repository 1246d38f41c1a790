using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Infrastructure.Configurations;

internal sealed class IndicatorRollupConfiguration : IEntityTypeConfiguration<IndicatorRollup>
{
    public void Configure(EntityTypeBuilder<IndicatorRollup> builder)
    {
        builder.ToTable("IndicatorRollups");
        // Month first: the importer rebuilds whole months, time groupings scan in month order.
        builder.HasKey(r => new { r.Month, r.District, r.Sector, r.Metric, r.Unit, r.Counter, r.Kind });
        builder.HasIndex(r => new { r.District, r.Sector, r.Month });
    }
}
