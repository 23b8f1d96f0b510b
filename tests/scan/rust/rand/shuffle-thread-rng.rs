use rand::seq::SliceRandom;

fn pick_featured(books: &mut Vec<Book>) -> Option<&Book> {
    books.shuffle(&mut rand::thread_rng()); // ok: CWE-330
    books.first()
}
