using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingCenter.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }
    public string? RequestId { get; private set; }

    public void OnGet(int? code)
    {
        // Re-executed status pages keep the original status; an unhandled exception is a 500; opened directly, there is no error page to show.
        var failed = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        Status = code ?? (failed ? StatusCodes.Status500InternalServerError : StatusCodes.Status404NotFound);
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (code is null) Response.StatusCode = Status;
    }
}
