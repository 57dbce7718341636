using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Admin.Firms;

/// <summary>Apps checking login cookies against security stamps on every request, so a removal shows at once.</summary>
public sealed class StampCheckedApps() : Apps(new AppOptions
{
    Settings = new Dictionary<string, string> { ["Identity:SecurityStampValidationInterval"] = "00:00:00" },
});
