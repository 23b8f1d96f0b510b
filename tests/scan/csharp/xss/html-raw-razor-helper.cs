using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

public static class CommentHtmlHelpers
{
    public static IHtmlContent CommentBody(this IHtmlHelper html, Comment c)
    {
        return html.Raw("<div class=\"comment\">" + c.Body + "</div>");   // expect: CWE-79
    }

    public static IHtmlContent Badge(this IHtmlHelper html, string text)
    {
        return new HtmlString("<span class=\"badge\">" + text + "</span>");   // expect: CWE-79
    }
}
