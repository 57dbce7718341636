using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Web.Middleware;

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
        // Re-executed status pages keep the original status; an unhandled exception is a 500, or a 503 to retry when the
        // database was too busy to answer in time; opened directly, there is no error page to show.
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        Status = code ?? failure switch
        {
            null => StatusCodes.Status404NotFound,
            _ when BusyDatabase.Caused(failure) => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (Status == StatusCodes.Status503ServiceUnavailable)
            Response.Headers.RetryAfter = BusyDatabase.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (code is null) Response.StatusCode = Status;
    }
}
