using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Infrastructure.Configurations;

internal sealed class IndicatorDistrictTotalConfiguration : IEntityTypeConfiguration<IndicatorDistrictTotal>
{
    public void Configure(EntityTypeBuilder<IndicatorDistrictTotal> builder)
    {
        builder.ToTable("IndicatorDistrictTotals");
        builder.HasKey(r => new { r.District, r.Sector, r.Metric, r.Unit, r.Counter, r.Kind });
    }
}
