using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetricsDashboard.Data.Review;

internal sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<ReviewDecision> builder)
    {
        builder.ToTable("ReviewDecisions");
        builder.HasKey(d => d.Id);
        // Storing a document reads the decisions that hold for it; lists read them by status.
        builder.HasIndex(d => new { d.Document, d.Status }, "IX_ReviewDecisions_Document_Status");
        builder.HasIndex(d => d.Status, "IX_ReviewDecisions_Status");
    }
}

internal sealed class ReviewAuditConfiguration : IEntityTypeConfiguration<ReviewAudit>
{
    public void Configure(EntityTypeBuilder<ReviewAudit> builder)
    {
        builder.ToTable("ReviewAudit");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.DecisionId, "IX_ReviewAudit_DecisionId");
    }
}
