using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Firms;

namespace TrainingCenter.Data.Configurations;

internal sealed class FirmInvitationConfiguration : IEntityTypeConfiguration<FirmInvitation>
{
    public void Configure(EntityTypeBuilder<FirmInvitation> entity)
    {
        entity.ConfigureAudit();
        entity.Property(i => i.Email).HasMaxLength(FirmInvitation.EmailLength).IsRequired();
        entity.Property(i => i.Token).HasMaxLength(FirmInvitation.TokenLength).IsRequired();
        entity.Property(i => i.AcceptedUserId).HasMaxLength(AuditedEntityConfiguration.UserIdLength);
        entity.HasOne(i => i.MemberFirm).WithMany().HasForeignKey(i => i.MemberFirmId);
        entity.HasIndex(i => i.Token).IsUnique();
        entity.HasIndex(i => i.MemberFirmId);
    }
}
