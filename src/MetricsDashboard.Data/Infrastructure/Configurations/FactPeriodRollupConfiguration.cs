using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Infrastructure.Configurations;

internal sealed class FactPeriodRollupConfiguration : IEntityTypeConfiguration<FactPeriodRollup>
{
    public void Configure(EntityTypeBuilder<FactPeriodRollup> builder)
    {
        builder.ToTable("FactPeriodRollups");
        builder.HasKey(r => new { r.Year, r.Period, r.Sector, r.Metric, r.Unit, r.Counter, r.Kind });
    }
}
