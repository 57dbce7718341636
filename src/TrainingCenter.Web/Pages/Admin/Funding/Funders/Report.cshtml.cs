using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Funding.Funders;

/// <summary>A grant programme's report across its cohorts, and the same as CSV, XLSX and PDF.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ReportModel(AppDbContext db, CertificatesOptions certificates, TimeProvider clock) : PageModel
{
    public GrantProgramme Programme { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } programme) return NotFound();
        Programme = programme;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } p
            ? File(await MoneyTables.CsvAsync(p.Tables(), ct), MoneyTables.CsvContentType, $"{p.FileStem}.csv")
            : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } p ? File(MoneyTables.Xlsx(p.Tables()), MoneyTables.XlsxContentType, $"{p.FileStem}.xlsx") : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } p
            ? File(MoneyTables.Pdf(p.Title, p.Scheme, GrantProgramme.Notes, p.Tables(), p.AsOfUtc, certificates.CenterName),
                MoneyTables.PdfContentType, $"{p.FileStem}.pdf")
            : NotFound();

    private Task<GrantProgramme?> LoadAsync(int id, CancellationToken ct) => GrantProgramme.LoadAsync(db, id, clock.GetUtcNow().UtcDateTime, ct);
}
