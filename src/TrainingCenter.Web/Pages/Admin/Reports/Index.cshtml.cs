using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Outcomes;
using TrainingCenter.Paging;
using TrainingCenter.Reports;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Reports;

/// <summary>The consortium dashboard: every cohort and firm by track and by firm, outcomes by track and half-year, and the same as CSV, XLSX and PDF.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db, CertificatesOptions certificates, OutcomeOptions outcomes, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public PageRequest Paging { get; set; } = PageRequest.First;
    public ConsortiumReport Report { get; private set; } = default!;

    /// <summary>Shows one page of the by-cohort table; the downloads hold every cohort.</summary>
    public async Task OnGetAsync(CancellationToken ct) => Report = await LoadAsync(Paging, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var report = await LoadAsync(PageRequest.All, ct);
        return File(await ConsortiumExport.CsvAsync(report, ct), ConsortiumExport.CsvContentType, ConsortiumExport.FileName(report, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var report = await LoadAsync(PageRequest.All, ct);
        return File(ConsortiumExport.Xlsx(report), ConsortiumExport.XlsxContentType, ConsortiumExport.FileName(report, "xlsx"));
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var report = await LoadAsync(PageRequest.All, ct);
        return File(ConsortiumPdf.Render(report, certificates.CenterName), ConsortiumPdf.ContentType, ConsortiumExport.FileName(report, "pdf"));
    }

    /// <summary>A median salary band in words, or "–" with too few answers.</summary>
    public string SalaryBand(int? lowerBoundPkr) => lowerBoundPkr is { } band ? OutcomeOptions.BandName(outcomes.SalaryBands, band) : "–";

    private Task<ConsortiumReport> LoadAsync(PageRequest cohorts, CancellationToken ct) =>
        ConsortiumReport.LoadAsync(db, clock.GetUtcNow().UtcDateTime, cohorts, ct);
}
