using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Infrastructure.Configurations;

internal sealed class ImportFileResultConfiguration : IEntityTypeConfiguration<ImportFileResult>
{
    public void Configure(EntityTypeBuilder<ImportFileResult> builder)
    {
        builder.ToTable("ImportFileResults");
        builder.HasKey(f => f.Id);
        // No foreign key to Documents: a run's history outlives a document that a later run replaces.
        builder.HasIndex(f => f.DocumentId);
    }
}
