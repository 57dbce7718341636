using TrainingCenter.Identity;

namespace TrainingCenter.Centres;

/// <summary>A person who runs one centre's cohorts (see <see cref="CentreScope"/>); a person may run several centres.</summary>
public sealed class CentreAdmin(int centreId, string userId)
{
    public int CentreId { get; private set; } = centreId;
    public Centre? Centre { get; private set; }
    public string UserId { get; private set; } = userId;
    public ApplicationUser? User { get; private set; }
}
