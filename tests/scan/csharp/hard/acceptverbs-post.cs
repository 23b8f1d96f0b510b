    public class CommentsController : Controller
    {
        [AcceptVerbs(HttpVerbs.Post)]   // expect: CWE-352
        public ActionResult Add(int postId, string text)
        {
            _comments.Add(postId, User.Identity.Name, text);
            return RedirectToAction("Show", "Posts", new { id = postId });
        }
    }
