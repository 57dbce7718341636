using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Applications;

namespace TrainingCenter.Data.Configurations;

internal sealed class ApplicationQuestionConfiguration : IEntityTypeConfiguration<ApplicationQuestion>
{
    public void Configure(EntityTypeBuilder<ApplicationQuestion> entity)
    {
        entity.ConfigureAudit();
        entity.Property(q => q.Text).HasMaxLength(ApplicationQuestion.TextLength).IsRequired();
        entity.Property(q => q.Options).HasMaxLength(ApplicationQuestion.OptionsLength);
        entity.HasOne(q => q.Cohort).WithMany().HasForeignKey(q => q.CohortId);
        entity.HasIndex(q => new { q.CohortId, q.Position });
    }
}
