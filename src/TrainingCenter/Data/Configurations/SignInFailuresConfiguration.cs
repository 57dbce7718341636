using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Identity;

namespace TrainingCenter.Data.Configurations;

internal sealed class SignInFailuresConfiguration : IEntityTypeConfiguration<SignInFailures>
{
    public void Configure(EntityTypeBuilder<SignInFailures> entity)
    {
        entity.HasKey(f => new { f.AccountKey, f.ClientAddress });
        entity.Property(f => f.AccountKey).HasMaxLength(SignInFailures.AccountKeyLength);
        entity.Property(f => f.ClientAddress).HasMaxLength(SignInFailures.ClientAddressLength);
        entity.HasIndex(f => f.WindowStartedAtUtc);
    }
}
