using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Applications;

namespace TrainingCenter.Data.Configurations;

internal sealed class ApplicationAnswerConfiguration : IEntityTypeConfiguration<ApplicationAnswer>
{
    public void Configure(EntityTypeBuilder<ApplicationAnswer> entity)
    {
        entity.Property(a => a.Text).HasMaxLength(ApplicationAnswer.TextLength).IsRequired();
        // A question with answers is not removed (staff are told so), so answers never lose their question.
        entity.HasOne(a => a.Question).WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(a => new { a.EnrolmentId, a.QuestionId }).IsUnique();
        entity.HasIndex(a => a.QuestionId);
    }
}
