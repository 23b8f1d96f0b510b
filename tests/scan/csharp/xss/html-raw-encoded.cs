using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

public static class CommentHtmlHelpers
{
    public static IHtmlContent CommentBody(this IHtmlHelper html, Comment c)
    {
        return html.Raw("<div class=\"comment\">" + HtmlEncoder.Default.Encode(c.Body) + "</div>");   // ok: CWE-79
    }

    public static IHtmlContent Badge(this IHtmlHelper html, string text)
    {
        var b = new TagBuilder("span");
        b.AddCssClass("badge");
        b.InnerHtml.Append(text);   // ok: CWE-79
        return b;
    }
}
