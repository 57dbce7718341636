using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Outcomes;
using TrainingCenter.Paging;
using TrainingCenter.Reports;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Reports;

/// <summary>The consortium dashboard: every cohort and firm by track and by firm, outcomes by track and half-year, and the same as CSV, XLSX and PDF.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db, CertificatesOptions certificates, OutcomeOptions outcomes, TimeProvider clock) : PageModel
{
    /// <summary>How many member firms an outcome line names; the rest are counted together (the exports name every firm).</summary>
    public const int FirmsShownPerLine = 5;

    /// <summary>The by-firm and outcome tables' page and size in the URL, beside the by-cohort table's <c>p</c> and <c>size</c>.</summary>
    public const string FirmPageKey = "firmp", FirmSizeKey = "firmsize", OutcomePageKey = "outcomep", OutcomeSizeKey = "outcomesize";

    [BindProperty(SupportsGet = true, Name = PageRequest.NumberKey)] public int? CohortPage { get; set; }
    [BindProperty(SupportsGet = true, Name = PageRequest.SizeKey)] public int? CohortSize { get; set; }
    [BindProperty(SupportsGet = true, Name = FirmPageKey)] public int? FirmPage { get; set; }
    [BindProperty(SupportsGet = true, Name = FirmSizeKey)] public int? FirmSize { get; set; }
    [BindProperty(SupportsGet = true, Name = OutcomePageKey)] public int? OutcomePage { get; set; }
    [BindProperty(SupportsGet = true, Name = OutcomeSizeKey)] public int? OutcomeSize { get; set; }
    public ConsortiumReport Report { get; private set; } = default!;

    /// <summary>Cost per graduate by track on actual spending, and money in by kind of funder.</summary>
    public ConsortiumFunding Funding { get; private set; } = default!;

    /// <summary>Shows one page of the by-cohort, by-firm and outcome tables; the downloads hold every row.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        Report = await LoadAsync(new ConsortiumPages(
            PageRequest.Of(CohortPage, CohortSize ?? ConsortiumPages.LinesPerPage),
            PageRequest.Of(FirmPage, FirmSize ?? ConsortiumPages.LinesPerPage),
            PageRequest.Of(OutcomePage, OutcomeSize ?? ConsortiumPages.LinesPerPage)), ct);
        Funding = await ConsortiumFunding.LoadAsync(db, Report.AsOfUtc, ct);
    }

    public async Task<IActionResult> OnGetFundingCsvAsync(CancellationToken ct)
    {
        var funding = await LoadFundingAsync(ct);
        return File(await MoneyTables.CsvAsync(funding.Tables(), ct), MoneyTables.CsvContentType, FundingFileName(funding, "csv"));
    }

    public async Task<IActionResult> OnGetFundingXlsxAsync(CancellationToken ct)
    {
        var funding = await LoadFundingAsync(ct);
        return File(MoneyTables.Xlsx(funding.Tables()), MoneyTables.XlsxContentType, FundingFileName(funding, "xlsx"));
    }

    public async Task<IActionResult> OnGetFundingPdfAsync(CancellationToken ct)
    {
        var funding = await LoadFundingAsync(ct);
        return File(MoneyTables.Pdf(ConsortiumFunding.Title, ConsortiumFunding.Subtitle, ConsortiumFunding.Notes, funding.Tables(), funding.AsOfUtc,
            certificates.CenterName), MoneyTables.PdfContentType, FundingFileName(funding, "pdf"));
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var report = await LoadAsync(ConsortiumPages.All, ct);
        return File(await ConsortiumExport.CsvAsync(report, ct), ConsortiumExport.CsvContentType, ConsortiumExport.FileName(report, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var report = await LoadAsync(ConsortiumPages.All, ct);
        return File(ConsortiumExport.Xlsx(report), ConsortiumExport.XlsxContentType, ConsortiumExport.FileName(report, "xlsx"));
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var report = await LoadAsync(ConsortiumPages.All, ct);
        return File(ConsortiumPdf.Render(report, certificates.CenterName), ConsortiumPdf.ContentType, ConsortiumExport.FileName(report, "pdf"));
    }

    /// <summary>A median salary band in words, or "–" with too few answers.</summary>
    public string SalaryBand(int? lowerBoundPkr) => lowerBoundPkr is { } band ? OutcomeOptions.BandName(outcomes.SalaryBands, band) : "–";

    private Task<ConsortiumFunding> LoadFundingAsync(CancellationToken ct) => ConsortiumFunding.LoadAsync(db, clock.GetUtcNow().UtcDateTime, ct);

    private static string FundingFileName(ConsortiumFunding funding, string extension) =>
        $"consortium-funding-{MoneyText.Iso(DateOnly.FromDateTime(funding.AsOfUtc))}.{extension}";

    private Task<ConsortiumReport> LoadAsync(ConsortiumPages pages, CancellationToken ct) =>
        ConsortiumReport.LoadAsync(db, clock.GetUtcNow().UtcDateTime, pages, ct);
}
