fn pick_featured(books: &mut Vec<Book>) -> Option<&Book> {
    fastrand::shuffle(books); // expect: CWE-330
    books.first()
}
