using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Firms;

namespace TrainingCenter.Data.Configurations;

internal sealed class MemberFirmConfiguration : IEntityTypeConfiguration<MemberFirm>
{
    public void Configure(EntityTypeBuilder<MemberFirm> entity)
    {
        entity.ConfigureAudit();
        entity.Property(f => f.Name).HasMaxLength(MemberFirm.NameLength).IsRequired();
        entity.Property(f => f.ShortName).HasMaxLength(MemberFirm.ShortNameLength).IsRequired();
        entity.Property(f => f.Website).HasMaxLength(MemberFirm.WebsiteLength);
        entity.Property(f => f.ContactPerson).HasMaxLength(MemberFirm.ContactLength);
        entity.Property(f => f.ContactEmail).HasMaxLength(MemberFirm.ContactLength);
        entity.HasIndex(f => f.Name).IsUnique();
    }
}
