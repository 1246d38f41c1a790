using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Infrastructure.Configurations;

internal sealed class ImportLeaseConfiguration : IEntityTypeConfiguration<ImportLease>
{
    public void Configure(EntityTypeBuilder<ImportLease> builder)
    {
        builder.ToTable("ImportLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(64);
        builder.Property(l => l.Owner).HasMaxLength(200);
    }
}
