using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Data.Configurations;

internal sealed class OutcomeEvidenceConfiguration : IEntityTypeConfiguration<OutcomeEvidence>
{
    public void Configure(EntityTypeBuilder<OutcomeEvidence> entity)
    {
        entity.ToTable("OutcomeEvidence");
        entity.ConfigureAudit();
        entity.HasOne(e => e.GraduateOutcome).WithMany().HasForeignKey(e => e.GraduateOutcomeId);
        entity.Property(e => e.FileName).HasMaxLength(OutcomeEvidence.FileNameLength);
        entity.Property(e => e.Content).IsRequired();
        entity.Property(e => e.UploadedById).HasMaxLength(AuditedEntityConfiguration.UserIdLength);
        entity.HasIndex(e => e.GraduateOutcomeId);
    }
}
