using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Firms;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Firms;

public sealed class FirmServiceTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_firm_takes_no_name_another_has_in_any_case_and_a_website_is_a_full_address(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var name = $"Firm {Guid.NewGuid():N}";

        var added = await WithFirmsAsync(app, f => f.AddAsync(new FirmDetails($"  {name} ", " FS ", " ", null, "", true), TestContext.Current.CancellationToken));
        var twin = await WithFirmsAsync(app, f => f.AddAsync(new FirmDetails(name.ToUpperInvariant(), "F2", "www.firm.pk", null, null, true), TestContext.Current.CancellationToken));
        var recased = await WithFirmsAsync(app, f => f.ChangeAsync(added.FirmId, new FirmDetails(name.ToUpperInvariant(), "FS", "https://firm.pk", null, null, false), TestContext.Current.CancellationToken));

        Assert.Equal($"Added {name}. Upload its logo and invite its staff here.", added.Message);
        Assert.Equal([FirmField.Website, FirmField.Name], twin.Refusals.Select(r => r.Field));
        Assert.Empty(recased.Refusals);
        var firms = await app.WithDbAsync(db => db.MemberFirms.AsNoTracking().Where(f => f.Name.ToUpper() == name.ToUpperInvariant())
            .Select(f => new { f.Id, f.Name, f.ShortName, f.Website, f.ContactEmail, f.IsActive }).ToListAsync(TestContext.Current.CancellationToken));
        var firm = Assert.Single(firms);
        Assert.Equal((added.FirmId, name.ToUpperInvariant(), "FS", "https://firm.pk", null, false),
            (firm.Id, firm.Name, firm.ShortName, firm.Website, (string?)firm.ContactEmail, firm.IsActive));
    }

    private static async Task<FirmOutcome> WithFirmsAsync(TrainingCenterApp app, Func<FirmService, Task<FirmOutcome>> act)
    {
        await using var scope = app.CreateScope();
        return await act(scope.ServiceProvider.GetRequiredService<FirmService>());
    }
}
