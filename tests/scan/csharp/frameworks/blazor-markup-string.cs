public partial class CommentView : ComponentBase
{
    [Parameter] public Comment Comment { get; set; } = default!;

    private MarkupString Body => new MarkupString(Comment.Text);   // expect: CWE-79
}
