use maud::{html, Markup};

fn comment_page(comment: &str) -> Markup {
    html! {
        p { (comment) } // ok: CWE-79
    }
}
