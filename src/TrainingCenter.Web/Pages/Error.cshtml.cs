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

    public string Heading => Status switch
    {
        400 => "That request could not be understood",
        403 => "You do not have access to this page",
        404 => "We could not find that page",
        405 => "This page cannot do that",
        429 => "Too many requests",
        _ => "Something went wrong",
    };

    public string Advice => Status switch
    {
        400 => "Please go back, reload the page and try again.",
        403 => "If you think you should have access, ask the training center's staff.",
        404 => "The link may be out of date. Start again from the home page.",
        405 => "Use the page's own links and buttons. Start again from the home page.",
        429 => "Please wait a minute before trying again.",
        _ => "The problem has been logged. Please try again in a moment.",
    };
}
