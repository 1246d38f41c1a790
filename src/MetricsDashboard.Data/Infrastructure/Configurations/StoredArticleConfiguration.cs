using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Infrastructure.Configurations;

internal sealed class StoredArticleConfiguration : IEntityTypeConfiguration<StoredArticle>
{
    public void Configure(EntityTypeBuilder<StoredArticle> builder)
    {
        builder.ToTable("Articles");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.DocumentId, a.Index }).IsUnique();
        // Article lists are newest first.
        builder.HasIndex(a => a.PublishedOn);
    }
}
