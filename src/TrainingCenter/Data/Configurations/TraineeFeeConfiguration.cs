using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Funding;

namespace TrainingCenter.Data.Configurations;

internal sealed class CohortFeeConfiguration : IEntityTypeConfiguration<CohortFee>
{
    public void Configure(EntityTypeBuilder<CohortFee> entity)
    {
        entity.ConfigureAudit();
        entity.HasOne(f => f.Cohort).WithMany().HasForeignKey(f => f.CohortId);
        // A cohort asks one fee: two admins setting the first at once cannot make two.
        entity.HasIndex(f => f.CohortId).IsUnique();
        entity.ToTable(t => t.HasCheckConstraint("CK_CohortFees_FeePkr", "\"FeePkr\" >= 0"));
    }
}

internal sealed class FeePaymentConfiguration : IEntityTypeConfiguration<FeePayment>
{
    public void Configure(EntityTypeBuilder<FeePayment> entity)
    {
        entity.ConfigureAudit();
        // Money received is never dropped with its seat: the enrolment cannot be removed while it has fee payments.
        entity.HasOne(p => p.Enrolment).WithMany().HasForeignKey(p => p.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(p => p.Reference).HasMaxLength(FundingLimits.ReferenceLength).IsRequired();
        entity.Property(p => p.Method).HasConversion<string>().HasMaxLength(20);
        // Two admins recording one payment at once: the second insert is refused here.
        entity.HasIndex(p => new { p.EnrolmentId, p.Reference }).IsUnique();
        entity.ToTable(t => t.HasCheckConstraint("CK_FeePayments_AmountPkr", "\"AmountPkr\" > 0"));
    }
}

internal sealed class FeeWaiverConfiguration : IEntityTypeConfiguration<FeeWaiver>
{
    public void Configure(EntityTypeBuilder<FeeWaiver> entity)
    {
        entity.ConfigureAudit();
        entity.HasOne(w => w.Enrolment).WithMany().HasForeignKey(w => w.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(w => w.Reason).HasMaxLength(FeeWaiver.ReasonLength).IsRequired();
        entity.HasIndex(w => w.EnrolmentId);
        entity.ToTable(t => t.HasCheckConstraint("CK_FeeWaivers_AmountPkr", "\"AmountPkr\" > 0"));
    }
}
