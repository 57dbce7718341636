using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Funding;

namespace TrainingCenter.Data.Configurations;

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> entity)
    {
        entity.ConfigureAudit();
        entity.HasOne(b => b.Cohort).WithMany().HasForeignKey(b => b.CohortId);
        entity.Property(b => b.Category).HasConversion<string>().HasMaxLength(20);
        entity.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
        entity.Property(b => b.Note).HasMaxLength(FundingLimits.NoteLength).IsRequired();
        entity.HasIndex(b => b.CohortId);
        entity.ToTable(t => t.HasCheckConstraint("CK_BudgetLines_AmountPkr", "\"AmountPkr\" > 0"));
    }
}
