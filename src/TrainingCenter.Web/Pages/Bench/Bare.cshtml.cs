using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingCenter.Web.Pages.Bench;

/// <summary>
/// The benchmarks' baseline: a page through the whole pipeline and layout that touches no data. It exists only in
/// the Benchmark and Development environments; elsewhere it is not found.
/// </summary>
[AllowAnonymous]
public sealed class BareModel(IWebHostEnvironment environment) : PageModel
{
    public const string BenchmarkEnvironment = "Benchmark";

    public IActionResult OnGet() =>
        environment.IsDevelopment() || environment.IsEnvironment(BenchmarkEnvironment) ? Page() : NotFound();
}
