using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.CertificateArchive;

/// <summary>Every live certificate of a cohort in one ZIP, streamed to the client as each PDF is read.</summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(Cohort.WithCode(code)).Select(c => new { c.Id, c.Code }).SingleOrDefaultAsync(ct);
        if (cohort is null) return NotFound();
        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = $"{cohort.Code}-certificates.zip",
        }.ToString();
        await TrainingCenter.Certificates.CertificateArchive.WriteAsync(db, cohort.Id, Response.BodyWriter.AsStream(leaveOpen: true), ct);
        return new EmptyResult();
    }
}
