using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Certificates;

namespace TrainingCenter.Data.Configurations;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> entity)
    {
        entity.ConfigureAudit();
        entity.Property(c => c.Serial).HasMaxLength(Certificate.SerialLength).IsRequired();
        entity.Property(c => c.VerificationCode).HasMaxLength(Certificate.VerificationCodeLength).IsRequired();
        entity.Property(c => c.SnapshotJson).IsRequired();
        entity.Property(c => c.PdfSha256).HasMaxLength(Certificate.Sha256Length);
        entity.Property(c => c.RevocationReason).HasMaxLength(Certificate.RevocationReasonLength);
        entity.Property(c => c.RevocationCategory).HasMaxLength(Certificate.RevocationCategoryLength);
        entity.HasOne(c => c.Pdf).WithOne().HasForeignKey<CertificatePdf>(p => p.CertificateId);
        entity.Ignore(c => c.IsLive);
        entity.HasOne(c => c.Enrolment).WithMany(e => e.Certificates).HasForeignKey(c => c.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Certificate>().WithMany().HasForeignKey(c => c.SupersededByCertificateId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(c => c.Serial).IsUnique();
        entity.HasIndex(c => c.VerificationCode).IsUnique();
        // At most one live certificate per enrolment, whatever retries or duplicated jobs do.
        entity.HasIndex(c => c.EnrolmentId).IsUnique().HasFilter("\"RevokedAtUtc\" IS NULL AND \"SupersededAtUtc\" IS NULL")
            .HasDatabaseName("IX_Certificates_EnrolmentId_Live");
        entity.HasIndex(c => new { c.EnrolmentId, c.IssuedAtUtc });
    }
}
