using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Infrastructure.Configurations;

internal sealed class FactDistrictRollupConfiguration : IEntityTypeConfiguration<FactDistrictRollup>
{
    public void Configure(EntityTypeBuilder<FactDistrictRollup> builder)
    {
        builder.ToTable("FactDistrictRollups");
        builder.HasKey(r => new { r.Year, r.District, r.Sector, r.Metric, r.Unit, r.Counter, r.Kind });
    }
}
