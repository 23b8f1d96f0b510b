public partial class CommentView : ComponentBase
{
    [Parameter] public Comment Comment { get; set; } = default!;
    [Inject] private IHtmlSanitizer Sanitizer { get; set; } = default!;

    private MarkupString Body => (MarkupString)Sanitizer.Sanitize(Comment.Text);   // ok: CWE-79
}
