using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Infrastructure.Configurations;

internal sealed class StoredDocumentConfiguration : IEntityTypeConfiguration<StoredDocument>
{
    public void Configure(EntityTypeBuilder<StoredDocument> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(d => d.Id);
        // The hash is the identity of a file's content: a second import of the same bytes is a no-op.
        builder.HasIndex(d => d.ContentHash).IsUnique();
        // A file name names one document: a changed file replaces its previous version.
        builder.HasIndex(d => d.FileName).IsUnique();
        builder.HasIndex(d => d.PublishedOn);
        builder.Property(d => d.ContentHash).HasMaxLength(64);
        builder.HasMany(d => d.Articles).WithOne(a => a.Document).HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
