using MetricsDashboard.Data.Model;
using MetricsDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Infrastructure.Configurations;

internal sealed class StoredIndicatorConfiguration : IEntityTypeConfiguration<StoredIndicator>
{
    public void Configure(EntityTypeBuilder<StoredIndicator> builder)
    {
        builder.ToTable("Indicators");
        builder.HasKey(i => i.Id);
        builder.HasOne(i => i.Article).WithMany().HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Document).WithMany().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Cascade);
        // A fact is deleted only once its last mention is gone; SetNull keeps a stray delete harmless.
        builder.HasOne(i => i.Fact).WithMany().HasForeignKey(i => i.FactId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(i => i.Form).HasDefaultValue(FigureForm.Amount);
        builder.Property(i => i.ReviewStatus).HasDefaultValue(Review.ReviewStatuses.Pending);

        // Counts and sums come from the rollup tables; these indexes serve lists and summaries.
        // District_Cover carries every filter column, so an area filter (the dashboard's usual one)
        // is answered from index entries, table rows being read for the page alone. PublishedOn
        // (with the implicit rowid) is newest-first paging without a filter and the rollups' month
        // rebuilds. (Unit, Value) serves "largest amounts". A second covering index led by
        // PublishedOn was measured too: it pushed a 1,000,000-row load past 60 s.
        builder.HasIndex(i => new { i.District, i.Sector, i.Metric, i.Unit, i.Kind, i.PublishedOn, i.DocumentId, i.ArticleId }, "IX_Indicators_District_Cover");
        builder.HasIndex(i => i.PublishedOn, "IX_Indicators_PublishedOn");
        builder.HasIndex(i => i.Sector, "IX_Indicators_Sector");
        builder.HasIndex(i => i.Metric, "IX_Indicators_Metric");
        builder.HasIndex(i => new { i.Unit, i.Counter }, "IX_Indicators_Unit_Counter");
        builder.HasIndex(i => new { i.Unit, i.Value }, "IX_Indicators_Unit_Value");
        builder.HasIndex(i => i.Kind, "IX_Indicators_Kind");
        builder.HasIndex(i => i.FactId, "IX_Indicators_FactId");
    }
}
