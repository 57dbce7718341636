using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Identity;

namespace TrainingCenter.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public const int DisplayNameLength = 200;

    public void Configure(EntityTypeBuilder<ApplicationUser> entity)
    {
        entity.Property(u => u.DisplayName).HasMaxLength(DisplayNameLength).IsRequired();
        entity.HasOne(u => u.MemberFirm).WithMany().HasForeignKey(u => u.MemberFirmId).OnDelete(DeleteBehavior.SetNull);
        entity.HasIndex(u => u.MemberFirmId);
        entity.Property(u => u.PreferredLanguage).HasMaxLength(Languages.NameLength);
    }
}
