using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Infrastructure.Configurations;

internal sealed class MetricCategoryConfiguration : IEntityTypeConfiguration<MetricCategory>
{
    public void Configure(EntityTypeBuilder<MetricCategory> builder)
    {
        builder.ToTable("MetricCategories");
        builder.HasKey(m => m.Key);
    }
}
