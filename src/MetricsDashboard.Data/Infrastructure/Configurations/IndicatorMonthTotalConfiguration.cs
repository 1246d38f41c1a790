using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Infrastructure.Configurations;

internal sealed class IndicatorMonthTotalConfiguration : IEntityTypeConfiguration<IndicatorMonthTotal>
{
    public void Configure(EntityTypeBuilder<IndicatorMonthTotal> builder)
    {
        builder.ToTable("IndicatorMonthTotals");
        builder.HasKey(r => new { r.Month, r.Sector, r.Metric, r.Unit, r.Counter, r.Kind });
    }
}
