using Dbs.Portal.Pages.Questionnaire;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Dbs.Portal.Evidence;

/// <summary>
/// A questionnaire post over the request limit cannot be read, so its antiforgery token cannot be either: instead of the
/// bare 400 that follows, the user is sent back to the questionnaire with a notice saying the post was too large.
/// </summary>
internal sealed class TooLargePostFilter(long maxRequestBytes) : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult && context.HttpContext.Request.ContentLength > maxRequestBytes)
        {
            // Nothing more of the body is read: the connection is closed after the redirect.
            context.HttpContext.Response.Headers.Connection = "close";
            context.Result = new RedirectToPageResult("/Questionnaire/Edit",
                new Dictionary<string, object?> { [EditModel.TooLargeParameter] = true });
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
