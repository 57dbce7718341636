using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Funding;
using TrainingCenter.Reports;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Sponsor;

/// <summary>
/// A cohort the viewer's firm sponsors: funnel, attendance, certificates and cost per head; its charts' numbers as
/// JSON for the page's script, and the report as CSV, XLSX and PDF.
/// </summary>
[Authorize(Policy = Policies.SponsorViewer)]
public sealed class CohortModel(SponsorReports reports, FundingLedger funding) : PageModel
{
    public SponsorCohortReport Report { get; private set; } = default!;

    /// <summary>The firm's own pledge, receipts and leverage; never another firm's lines nor a funder's contact.</summary>
    public SponsorMoney? Money { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await reports.ForAsync(User.MemberFirmIdOf(), code, ct) is not { } report) return NotFound();
        Report = report;
        Money = User.MemberFirmIdOf() is { } firm ? await funding.ForFirmAsync(code, firm, ct) : null;
        return Page();
    }

    public async Task<IActionResult> OnGetChartAsync(string code, CancellationToken ct) =>
        await reports.ForAsync(User.MemberFirmIdOf(), code, ct) is { } report ? new JsonResult(SponsorCohortChart.Of(report)) : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(string code, CancellationToken ct) =>
        await reports.ForAsync(User.MemberFirmIdOf(), code, ct) is { } report
            ? File(await SponsorCohortExport.CsvAsync(report, ct), SponsorCohortExport.CsvContentType, SponsorCohortExport.FileName(report, "csv"))
            : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(string code, CancellationToken ct) =>
        await reports.ForAsync(User.MemberFirmIdOf(), code, ct) is { } report
            ? File(SponsorCohortExport.Xlsx(report), SponsorCohortExport.XlsxContentType, SponsorCohortExport.FileName(report, "xlsx"))
            : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(string code, CancellationToken ct) =>
        await reports.ForAsync(User.MemberFirmIdOf(), code, ct) is { } report
            ? File(new SponsorCohortDocument(report).ToPdf(), "application/pdf", SponsorCohortExport.FileName(report, "pdf"))
            : NotFound();
}
