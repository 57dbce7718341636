using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Identity;

namespace TrainingCenter.Data.Configurations;

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> entity)
    {
        entity.HasKey(s => s.Key);
        entity.Property(s => s.Key).HasMaxLength(SignInSession.KeyLength);
        entity.Property(s => s.UserId).HasMaxLength(AuditedEntityConfiguration.UserIdLength).IsRequired();
        entity.Property(s => s.Ticket).IsRequired();
        entity.Property(s => s.UserAgent).HasMaxLength(SignInSession.UserAgentLength);
        entity.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => s.UserId);
        entity.HasIndex(s => s.ExpiresUtc);
    }
}
