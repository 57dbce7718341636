using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Certificates;

namespace TrainingCenter.Data.Configurations;

internal sealed class CertificateBatchConfiguration : IEntityTypeConfiguration<CertificateBatch>
{
    public void Configure(EntityTypeBuilder<CertificateBatch> entity)
    {
        entity.ConfigureAudit();
        entity.Property(b => b.RequestedByUserId).HasMaxLength(AuditedEntityConfiguration.UserIdLength).IsRequired();
        entity.Property(b => b.LastError).HasMaxLength(CertificateBatch.ErrorLength);
        entity.HasOne<TrainingCenter.Cohorts.Cohort>().WithMany().HasForeignKey(b => b.CohortId);
        entity.HasIndex(b => new { b.CohortId, b.RequestedAtUtc });
    }
}
